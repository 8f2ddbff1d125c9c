-- A composite type used by a column loses an attribute (the type is rebuilt): the column's whole values are held, and the rollback gives the attribute its values back.
CREATE SCHEMA "s 1";
CREATE TYPE "s 1"."addr%s" AS (street text, "number" integer);
CREATE TABLE customer (id integer PRIMARY KEY, home "s 1"."addr%s" NOT NULL, work "s 1"."addr%s");
