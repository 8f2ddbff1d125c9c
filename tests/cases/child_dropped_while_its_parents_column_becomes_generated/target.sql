-- The child is dropped (held) while the parent's column is dropped and added again as generated: the child must be held with the column
CREATE SCHEMA "s 1";
CREATE SCHEMA "s_3";
CREATE TABLE "s 1"."t日30" (
    "id_32" bigint NOT NULL, 
    "Mixedc38" integer, 
    "cété59" smallint GENERATED ALWAYS AS ("Mixedc38" * 2) STORED
);
COMMENT ON COLUMN "s 1"."t日30"."Mixedc38" IS 'été comment';
