-- A child moves between parents that differ only in the NOT NULL of a column: it gains it in one direction and loses it in the other (NO INHERIT keeps the old parent's)
CREATE SCHEMA "s_1";
CREATE TABLE "public"."tété31" (
    "group" integer NOT NULL,
    "c日39" jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE "s_1"."child_47" (
    "c_49" text NOT NULL
) INHERITS ("public"."tété31");
COMMENT ON TABLE "public"."tété31" IS 'été comment';
