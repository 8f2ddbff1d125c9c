-- Tables, columns and an index named with SQL keywords ("user", "select", "order", "group").
CREATE TABLE "user" (
    "select" bigint PRIMARY KEY,
    "order" text NOT NULL DEFAULT 'asc',
    "group" text
);

CREATE TABLE "order" (
    "from" integer PRIMARY KEY,
    "to" integer REFERENCES "user" ("select"),
    "limit" integer CHECK ("limit" > 0)
);

CREATE INDEX "where" ON "order" ("to", "limit");

CREATE VIEW "table" AS SELECT "select", "order", "group" FROM "user";
