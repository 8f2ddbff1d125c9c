-- A composite type with two attributes, and a table's column of it (semantic fuzzer, seed 20000 pair 2052; the rollback is the case)
CREATE TYPE "public"."ty_5" AS ("a" integer, "b" text);
CREATE TABLE "public"."t_25" (
    "id" bigint NOT NULL, 
    "c日28" "public"."ty_5"
);
CREATE TABLE "public"."child日38" (
    "c""q40" "public"."ty_5"
);
COMMENT ON TABLE "public"."t_25" IS 'plain comment';
