-- A table with an identity and a column filled from a shared sequence, and another table (semantic fuzzer, seed 22000 pair 10; the rollback is the case)
CREATE SCHEMA "s 1";
CREATE SEQUENCE "public"."seqété7" INCREMENT BY 3;
CREATE TABLE "s 1"."t_17" (
    "id_19" bigint GENERATED ALWAYS AS IDENTITY, 
    "c 21" integer DEFAULT nextval('"public"."seqété7"'::regclass)
);
CREATE TABLE "s 1"."tété25" (
    "id" integer NOT NULL
);
