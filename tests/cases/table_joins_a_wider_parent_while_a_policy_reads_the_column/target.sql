-- The table joins the other as a child, whose id is now bigint: its own id is converted before INHERIT, so the policy goes first and comes back
CREATE SCHEMA "s_1";
CREATE TABLE "public"."Mixedt13" (
    "id" bigint
);
CREATE TABLE "s_1"."t_5" (
    "id" bigint
) INHERITS ("public"."Mixedt13");
ALTER TABLE "s_1"."t_5" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol_27" ON "s_1"."t_5" FOR INSERT TO PUBLIC WITH CHECK ("id" IS NOT NULL);
