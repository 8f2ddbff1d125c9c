-- Trap: a table referenced by an FK is dropped together with the table that references it.
CREATE TABLE users (
    name text PRIMARY KEY
);
