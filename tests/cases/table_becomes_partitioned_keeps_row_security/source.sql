-- A plain table with row level security and a comment becomes partitioned: the rebuilt table gets its attributes back (found by the semantic fuzzer).
CREATE TABLE "public"."t'9" (
    "id" bigint NOT NULL
);
ALTER TABLE "public"."t'9" ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE "public"."t'9" IS 'it''s quoted';
