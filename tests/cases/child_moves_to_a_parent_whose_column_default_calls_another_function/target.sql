-- The schema is renamed (undeclared: dropped and made again): the child joins the new parent and takes its default, which calls the new function, before the old function goes
CREATE SCHEMA "n_45";
CREATE FUNCTION "n_45"."f_7"() RETURNS integer LANGUAGE sql IMMUTABLE AS $body$SELECT 1$body$;
CREATE TABLE "n_45"."t日19" (
    "id_21" integer NOT NULL, 
    "c_27" bigint DEFAULT "n_45"."f_7"()
);
CREATE TABLE "public"."child_39" (
    "c'41" boolean
) INHERITS ("n_45"."t日19");
