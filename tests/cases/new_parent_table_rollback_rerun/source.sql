-- A new parent table a child starts to inherit from: the rollback runs twice (found by the semantic fuzzer).
CREATE TABLE "public"."tété24" (
    "id" integer NOT NULL
);
CREATE TABLE "public"."t'34" (
    "id" integer NOT NULL
);
COMMENT ON TABLE "public"."tété24" IS 'line one
line two';
ALTER TABLE "public"."t'34" ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE "public"."t'34" IS 'it''s quoted';
