-- A sequence's owning column is dropped: its ownership moves (to another table, or to none) first, or the drop would take the sequence with it.
CREATE TABLE "some foobar" ("some id" integer, x integer, legacy_no integer);
CREATE TABLE "some other foobar" (y integer);
CREATE SEQUENCE "foobar sequence" OWNED BY "some foobar"."some id";
CREATE SEQUENCE legacy_numbers OWNED BY "some foobar".legacy_no;
