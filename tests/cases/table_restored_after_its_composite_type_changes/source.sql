-- A table with a column of a composite type is dropped (its schema with it) while the type gains
-- an attribute; the rollback creates the table again and writes its held rows back, as text of
-- the composite, which must wait for the type to lose the attribute again ("malformed record
-- literal: too few columns" otherwise; found by fuzz_semantic --seed 10000 --first 1978).
CREATE SCHEMA "s_1";
CREATE TYPE "public"."ty_5" AS ("a" integer, "b" text);
CREATE TABLE "s_1"."t""q13" (
    "id_15" integer GENERATED ALWAYS AS IDENTITY,
    "c_17" "public"."ty_5"
);
