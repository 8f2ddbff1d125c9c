-- A table moves to another schema (created empty) while a key of another table references it and an enum gains the
-- value its new default uses (committed before the transaction): the key's pre-flight counts the references before
-- that commit too, so the refused migration leaves no value behind
CREATE SCHEMA "s'3";
CREATE TYPE "public"."e_5" AS ENUM ('v0', 'v1');
CREATE TABLE "public"."t'11" (
    "id" integer NOT NULL,
    "ref_45" integer
);
CREATE TABLE "s'3"."t_19" (
    "id_21" integer NOT NULL,
    "c'23" "public"."e_5" DEFAULT 'v1'
);
ALTER TABLE "s'3"."t_19" ADD PRIMARY KEY ("id_21");
ALTER TABLE "public"."t'11" ADD CONSTRAINT "fk_47" FOREIGN KEY ("ref_45") REFERENCES "s'3"."t_19" ("id_21") ON DELETE SET NULL;
