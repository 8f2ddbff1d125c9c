-- Dropping a materialized view that has an index and a comment.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);
