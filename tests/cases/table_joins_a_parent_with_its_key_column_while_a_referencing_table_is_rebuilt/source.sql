-- A table with a primary key that a foreign key references (semantic fuzzer, seed 19000 pair 1759)
CREATE TABLE "public"."t_3" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."t_15" (
    "id" integer NOT NULL, 
    "ref_35" integer
);
CREATE TABLE "public"."Mixedt23" (
    "id" integer NOT NULL
);
ALTER TABLE "public"."t_3" ADD PRIMARY KEY ("id");
ALTER TABLE "public"."t_15" ADD CONSTRAINT "fk_37" FOREIGN KEY ("ref_35") REFERENCES "public"."t_3" ("id") ON DELETE SET NULL;
