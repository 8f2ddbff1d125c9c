-- Creating a row trigger and its trigger function.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz
);
