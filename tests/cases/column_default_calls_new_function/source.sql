-- A column DEFAULT that calls a function created in the same migration.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    reference text
);
