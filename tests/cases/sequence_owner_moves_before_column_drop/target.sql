-- A sequence's owning column is dropped: its ownership moves (to another table, or to none) first, or the drop would take the sequence with it.
CREATE TABLE "some foobar" (x integer);
CREATE TABLE "some other foobar" (y integer, "some id" integer);
CREATE SEQUENCE "foobar sequence" OWNED BY "some other foobar"."some id";
CREATE SEQUENCE legacy_numbers;
