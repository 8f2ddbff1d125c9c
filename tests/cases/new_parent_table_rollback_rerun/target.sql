-- A new parent table a child starts to inherit from: the rollback runs twice (found by the semantic fuzzer).
CREATE TABLE "public"."Mixedt55" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."tété24" (
    "id" integer NOT NULL
) INHERITS ("public"."Mixedt55");
COMMENT ON TABLE "public"."tété24" IS 'line one
line two';
ALTER TABLE "public"."Mixedt55" ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE "public"."Mixedt55" IS 'it''s quoted';
