-- Names that contain double quotes, semicolons and comment markers ("a""b;--").
CREATE TABLE "a""b;--" (
    "id;DROP TABLE x" integer PRIMARY KEY,
    "it's" text NOT NULL DEFAULT 'it''s',
    "/* c */" integer
);

CREATE INDEX "idx ""quoted"" ;" ON "a""b;--" ("it's");
COMMENT ON TABLE "a""b;--" IS 'table with a ''hostile'' name; -- really';
CREATE SEQUENCE "seq$1""";
