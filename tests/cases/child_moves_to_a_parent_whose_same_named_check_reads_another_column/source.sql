-- A parent moves to another schema while its checked column is renamed (not declared): the child's CHECK of the old parent has the new parent's name but reads the old column (semantic fuzzer, seed 18000 pair 2217)
CREATE SCHEMA "s""q1";
CREATE SCHEMA "s_3";
CREATE TABLE "s_3"."user" (
    "id" integer NOT NULL, 
    "c_18" smallint
);
CREATE TABLE "s_3"."child_34" (
    "c""q36" bigint NOT NULL
) INHERITS ("s_3"."user");
ALTER TABLE "s_3"."user" ADD CONSTRAINT "ck_40" CHECK ("c_18" > -1000000);
