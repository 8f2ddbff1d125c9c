-- The table joins a parent that has its key column (INHERIT merges it: the key stays) while the referencing table becomes partitioned
CREATE TABLE "public"."t_15" (
    "id" integer NOT NULL, 
    "ref_35" integer
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."Mixedt23" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."part'47" PARTITION OF "public"."t_15" FOR VALUES FROM (0) TO (1000);
CREATE TABLE "public"."t_3" (
    "id" integer NOT NULL
) INHERITS ("public"."Mixedt23");
ALTER TABLE "public"."t_3" ADD PRIMARY KEY ("id");
ALTER TABLE "public"."t_15" ADD CONSTRAINT "fk_37" FOREIGN KEY ("ref_35") REFERENCES "public"."t_3" ("id") ON DELETE SET NULL;
