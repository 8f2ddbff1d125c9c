-- A child table with rows, and its parent's column that it inherits (semantic fuzzer, seed 18000 pair 2342)
CREATE SCHEMA "s 1";
CREATE SCHEMA "s_3";
CREATE TABLE "s 1"."t日30" (
    "id_32" bigint NOT NULL, 
    "Mixedc38" integer, 
    "cété59" smallint
);
CREATE TABLE "s_3"."child日49" (
    "c 51" integer[] DEFAULT '{}'
) INHERITS ("s 1"."t日30");
COMMENT ON COLUMN "s 1"."t日30"."Mixedc38" IS 'été comment';
