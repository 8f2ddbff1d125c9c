-- The column becomes generated (dropped and added) and the partition is replaced by another: on the way back the new partition is held before the column is dropped
CREATE TABLE "public"."pt_27" (
    "id" integer NOT NULL, 
    "c_30" smallint, 
    "order" bigint GENERATED ALWAYS AS ("c_30" * 2) STORED
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."t_52" PARTITION OF "public"."pt_27" FOR VALUES FROM (0) TO (1000);
COMMENT ON TABLE "public"."pt_27" IS '50% -- not SQL';
