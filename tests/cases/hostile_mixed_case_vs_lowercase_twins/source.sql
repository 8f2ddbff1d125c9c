-- Two tables whose names differ only by case ("Users" and users): only "Users" changes.
CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE TABLE "Users" (
    "Id" integer PRIMARY KEY,
    "Name" text
);
