-- Dropping citext while the column that used it becomes text (column must change before the drop).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text
);
