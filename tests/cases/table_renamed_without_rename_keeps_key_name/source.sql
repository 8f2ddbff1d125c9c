-- A table renamed without --rename (dropped and created) whose unique key keeps its name: the old table goes first (found by the semantic fuzzer).
CREATE TABLE "public"."t_20" (
    "id" bigint NOT NULL, 
    "c日27" integer
);
ALTER TABLE "public"."t_20" ADD CONSTRAINT "column" UNIQUE ("c日27");
