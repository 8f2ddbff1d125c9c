-- A table with a policy that reads its id, and another table (semantic fuzzer, seed 24000 pair 2402)
CREATE SCHEMA "s_1";
CREATE TABLE "s_1"."t_5" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."Mixedt13" (
    "id" integer NOT NULL
);
ALTER TABLE "s_1"."t_5" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol_27" ON "s_1"."t_5" FOR INSERT TO PUBLIC WITH CHECK ("id" IS NOT NULL);
