-- A table referenced by a foreign key, with a nextval default (semantic fuzzer, seed 20000 pair 324; the rollback is the case)
CREATE SEQUENCE "public"."seqété5" INCREMENT BY 3;
CREATE TABLE "public"."t_29" (
    "id日31" integer NOT NULL, 
    "c_33" bigint DEFAULT nextval('"public"."seqété5"'::regclass)
);
CREATE TABLE "public"."t_42" (
    "id" bigint NOT NULL, 
    "refété53" integer
);
ALTER TABLE "public"."t_29" ADD PRIMARY KEY ("id日31");
ALTER TABLE "public"."t_42" ADD CONSTRAINT "fk_55" FOREIGN KEY ("refété53") REFERENCES "public"."t_29" ("id日31") ON DELETE CASCADE;
COMMENT ON TABLE "public"."t_42" IS '50% -- not SQL';
