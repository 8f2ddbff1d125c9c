CREATE TABLE "public"."t'37" (
    "id" integer NOT NULL,
    "c_44" bigint,
    "c日46" bigint GENERATED ALWAYS AS ("c_44" * 2) STORED
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."part_72" PARTITION OF "public"."t'37" FOR VALUES FROM (0) TO (1000);
