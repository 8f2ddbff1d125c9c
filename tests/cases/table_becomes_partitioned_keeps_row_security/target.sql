-- A plain table with row level security and a comment becomes partitioned: the rebuilt table gets its attributes back (found by the semantic fuzzer).
CREATE TABLE "public"."t'9" (
    "id" bigint NOT NULL
) PARTITION BY RANGE ("id");
CREATE TABLE "public"."part_47" PARTITION OF "public"."t'9" FOR VALUES FROM (0) TO (1000);
ALTER TABLE "public"."t'9" ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE "public"."t'9" IS 'it''s quoted';
