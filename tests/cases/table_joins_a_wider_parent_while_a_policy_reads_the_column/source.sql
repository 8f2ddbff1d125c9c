-- A table with a policy that reads its id, and another table (semantic fuzzer, seed 24000 pair 2402; ids made nullable: with NOT NULL ids the rollback fails on PostgreSQL 18, a separate defect, see the session 12 note)
CREATE SCHEMA "s_1";
CREATE TABLE "s_1"."t_5" (
    "id" integer
);
CREATE TABLE "public"."Mixedt13" (
    "id" integer
);
ALTER TABLE "s_1"."t_5" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol_27" ON "s_1"."t_5" FOR INSERT TO PUBLIC WITH CHECK ("id" IS NOT NULL);
