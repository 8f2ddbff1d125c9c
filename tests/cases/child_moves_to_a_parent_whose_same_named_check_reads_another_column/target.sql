-- The new parent's CHECK of the same name reads the new column: the child needs that one before INHERIT
CREATE SCHEMA "s""q1";
CREATE SCHEMA "s_3";
CREATE TABLE "s""q1"."user" (
    "id" integer NOT NULL, 
    "c_50" smallint
);
CREATE TABLE "s_3"."child_34" (
    "c""q36" bigint NOT NULL
) INHERITS ("s""q1"."user");
ALTER TABLE "s""q1"."user" ADD CONSTRAINT "ck_40" CHECK ("c_50" > -1000000);
