-- The enum gains a value, and a new column (an undeclared rename) holds it by default: on the way back the value goes with the column, and the enum's pre-flight must not count that column's rows
CREATE SCHEMA "s_3";
CREATE TYPE "s_3"."e""q5" AS ENUM ('v34é', 'v0-x', 'v1é', 'v2-x', 'v3 UPPER');
CREATE TABLE "public"."t_13" (
    "id_15" integer NOT NULL, 
    "c'52" "s_3"."e""q5" DEFAULT 'v34é'
);
COMMENT ON TABLE "public"."t_13" IS 'plain comment';
