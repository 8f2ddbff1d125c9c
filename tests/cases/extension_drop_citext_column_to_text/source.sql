-- Dropping citext while the column that used it becomes text (column must change before the drop).
CREATE EXTENSION citext;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    display_name text
);
