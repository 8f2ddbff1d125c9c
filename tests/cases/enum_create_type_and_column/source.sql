-- Creating a new enum type and a column that uses it.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
