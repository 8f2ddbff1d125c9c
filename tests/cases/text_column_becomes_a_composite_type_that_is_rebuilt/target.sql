-- The type loses an attribute (rebuilt) and the column becomes text: the way back casts the text to the rebuilt type, not field by field
CREATE TYPE "public"."ty_5" AS ("a" integer);
CREATE TABLE "public"."t_25" (
    "id" bigint NOT NULL, 
    "c日28" text
);
CREATE TABLE "public"."child日38" (
    "c""q40" "public"."ty_5"
);
COMMENT ON TABLE "public"."t_25" IS 'plain comment';
