-- An enum and a column of it (semantic fuzzer, seed 21000 pair 527; the rollback is the case)
CREATE SCHEMA "s_3";
CREATE TYPE "s_3"."e""q5" AS ENUM ('v0-x', 'v1é', 'v2-x', 'v3 UPPER');
CREATE TABLE "public"."t_13" (
    "id_15" integer NOT NULL, 
    "c'21" "s_3"."e""q5" DEFAULT 'v0-x'
);
COMMENT ON TABLE "public"."t_13" IS 'plain comment';
