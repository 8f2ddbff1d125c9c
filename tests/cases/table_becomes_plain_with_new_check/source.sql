-- A partitioned table becomes plain and gains a CHECK: a re-run of either script passes (semantic fuzzer).
CREATE TABLE "public"."pt_39" (
    "id" integer NOT NULL, 
    "c_42" integer[], 
    "c_44" bigint, 
    "c_46" text, 
    "c_48" jsonb NOT NULL DEFAULT '{}'
) PARTITION BY RANGE ("id");
COMMENT ON TABLE "public"."pt_39" IS 'été comment';
