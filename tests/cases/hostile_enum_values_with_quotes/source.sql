-- Enum values holding quotes, spaces and a semicolon; a value is added between them.
CREATE TYPE "weird enum" AS ENUM ('it''s', 'a b', 'x;y');

CREATE TABLE "weird table" (
    id integer PRIMARY KEY,
    v "weird enum" NOT NULL DEFAULT 'it''s'
);
