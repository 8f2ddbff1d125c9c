-- Dropping a trigger and its (now unused) trigger function.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz
);
