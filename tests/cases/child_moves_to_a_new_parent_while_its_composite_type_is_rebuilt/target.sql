-- A child moves to a new parent (the old one dropped) while the composite type of the column it inherits gains an attribute: its column converts field by field
CREATE SCHEMA "s_3";
CREATE TYPE "s_3"."tyété9" AS ("a" integer, "b" text, "x48" integer);
CREATE TABLE "public"."t_49" (
    "id_19" integer NOT NULL,
    "cété21" "s_3"."tyété9"
);
CREATE TABLE "public"."user" (
    "Mixedc42" integer
) INHERITS ("public"."t_49");
