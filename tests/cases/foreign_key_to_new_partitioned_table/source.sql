-- A new partitioned table whose key another table's foreign key references, on a foreign-key cycle: the key is made in every partition at once, valid before the foreign key (found by the semantic fuzzer).
CREATE SCHEMA "s_1";
CREATE TABLE "s_1"."check" (
    "id" bigint NOT NULL
);
ALTER TABLE "s_1"."check" ADD CONSTRAINT "Mixedpk12" PRIMARY KEY ("id");
COMMENT ON TABLE "s_1"."check" IS 'line one
line two';
GRANT SELECT ON TABLE "s_1"."check" TO PUBLIC;
