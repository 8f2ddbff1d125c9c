-- A table with a CHECK becomes partitioned with a new partition: the partition is created with the parent's CHECK before it is attached, and a re-run leaves the rebuilt table's CHECK (semantic fuzzer).
CREATE TABLE "public"."t_23" (
    "id_25" integer NOT NULL, 
    "c_27" bigint NOT NULL DEFAULT 0
);
ALTER TABLE "public"."t_23" ADD CONSTRAINT "ck日47" CHECK ("c_27" > -1000000);
