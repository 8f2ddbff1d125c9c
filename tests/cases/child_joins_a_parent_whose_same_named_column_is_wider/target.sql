-- A table joins a parent that has its column in a wider type (INHERIT merges the two: the child's converts first), and leaves it again
CREATE SCHEMA "s_1";
CREATE TABLE "s_1"."t_11" (
    "id" bigint NOT NULL
);
CREATE TABLE "public"."t_29" (
    "id" bigint NOT NULL
) INHERITS ("s_1"."t_11");
