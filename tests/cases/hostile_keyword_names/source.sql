-- Tables, columns and an index named with SQL keywords ("user", "select", "order", "group").
CREATE TABLE "user" (
    "select" integer PRIMARY KEY,
    "order" text NOT NULL
);
