-- A table becomes partitioned while a column of it becomes generated (and back, in the
-- rollback): the table is rebuilt, and its column must not be dropped and added again first,
-- or the hold keeps no values of it and the way back reads a column its holding lacks (found by
-- fuzz_semantic --seed 9000 --first 2252; names as the fuzzer made them).
CREATE TABLE "public"."t'37" (
    "id" integer NOT NULL,
    "c_44" bigint,
    "c日46" bigint
);
