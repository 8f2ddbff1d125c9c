-- A plain numeric column becomes a generated integer one: the rollback makes it plain, converts it back to numeric, then writes its held values back (not rounded)
CREATE TABLE "public"."t_27" (
    "id" bigint NOT NULL,
    "c 30" numeric(12,2),
    "c_36" smallint
);
ALTER TABLE "public"."t_27" ADD CONSTRAINT "table" PRIMARY KEY ("id");
COMMENT ON COLUMN "public"."t_27"."c 30" IS '50% -- not SQL';
COMMENT ON COLUMN "public"."t_27"."c_36" IS '50% -- not SQL';
