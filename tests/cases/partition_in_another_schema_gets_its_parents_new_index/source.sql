-- A partitioned table in public, its partition in public too (semantic fuzzer, seed 18000 pair 1003)
CREATE SCHEMA "s日3";
CREATE TABLE "s日3"."t_27" (
    "id" integer GENERATED ALWAYS AS IDENTITY
);
CREATE TABLE "public"."pt_39" (
    "id" bigint NOT NULL
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."part_52" PARTITION OF "public"."pt_39" FOR VALUES FROM (0) TO (1000);
ALTER TABLE "public"."pt_39" ENABLE ROW LEVEL SECURITY;
