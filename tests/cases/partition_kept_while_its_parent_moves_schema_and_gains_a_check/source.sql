-- A partitioned table and its partition, both in public (semantic fuzzer, seed 18000 pair 2917)
CREATE SCHEMA "s日38";
CREATE TABLE "public"."pt_27" (
    "Mixedid29" integer NOT NULL, 
    "c_31" text
) PARTITION BY RANGE ("Mixedid29");
CREATE TABLE "public"."part'34" PARTITION OF "public"."pt_27" FOR VALUES FROM (0) TO (1000);
