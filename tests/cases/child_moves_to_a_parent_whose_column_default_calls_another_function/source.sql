-- A child inherits a column whose default calls a function of the parent's schema (semantic fuzzer, seed 21000 pair 1712)
CREATE SCHEMA "s_1";
CREATE FUNCTION "s_1"."f_7"() RETURNS integer LANGUAGE sql IMMUTABLE AS $body$SELECT 1$body$;
CREATE TABLE "s_1"."t日19" (
    "id_21" integer NOT NULL, 
    "c_27" bigint DEFAULT "s_1"."f_7"()
);
CREATE TABLE "public"."child_39" (
    "c'41" boolean
) INHERITS ("s_1"."t日19");
