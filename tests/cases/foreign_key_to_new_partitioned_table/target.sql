-- A new partitioned table whose key another table's foreign key references, on a foreign-key cycle: the key is made in every partition at once, valid before the foreign key (found by the semantic fuzzer).
CREATE SCHEMA "s_1";
CREATE TABLE "s_1"."check" (
    "id" bigint NOT NULL, 
    "ref_46" bigint
);
CREATE TABLE "s_1"."group" (
    "user" bigint NOT NULL, 
    "c_39" jsonb, 
    "c_41" integer, 
    "ref""q50" bigint
) PARTITION BY RANGE ("user");
CREATE TABLE "s_1"."part_44" PARTITION OF "s_1"."group" FOR VALUES FROM (0) TO (1000);
ALTER TABLE "s_1"."check" ADD CONSTRAINT "Mixedpk12" PRIMARY KEY ("id");
ALTER TABLE "s_1"."group" ADD PRIMARY KEY ("user");
ALTER TABLE "s_1"."check" ADD CONSTRAINT "fkété48" FOREIGN KEY ("ref_46") REFERENCES "s_1"."group" ("user");
ALTER TABLE "s_1"."group" ADD CONSTRAINT "fk 52" FOREIGN KEY ("ref""q50") REFERENCES "s_1"."check" ("id");
COMMENT ON TABLE "s_1"."check" IS 'line one
line two';
GRANT SELECT ON TABLE "s_1"."check" TO PUBLIC;
