CREATE SEQUENCE "public"."seq_3" INCREMENT BY 1;
CREATE TABLE "public"."t_15" (
    "id" integer NOT NULL,
    "c_20" integer DEFAULT nextval('"public"."seq_3"'::regclass),
    "c 22" jsonb NOT NULL
);
CREATE TABLE "public"."t_5" (
    "id" integer NOT NULL
) INHERITS ("public"."t_15");
