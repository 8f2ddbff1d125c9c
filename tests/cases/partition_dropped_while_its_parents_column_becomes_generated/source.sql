-- A partitioned table with a plain column with a default, and its partition (semantic fuzzer, seed 20000 pair 695; the rollback is the case)
CREATE TABLE "public"."pt_27" (
    "id" integer NOT NULL, 
    "c_30" smallint, 
    "order" bigint DEFAULT 0
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."part_40" PARTITION OF "public"."pt_27" FOR VALUES FROM (0) TO (1000);
COMMENT ON TABLE "public"."pt_27" IS '50% -- not SQL';
