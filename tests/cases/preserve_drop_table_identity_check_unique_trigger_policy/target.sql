-- Dropping a table with an identity key, a CHECK, a unique index, a generated column, a trigger and a policy (its function dropped too).
CREATE TABLE users (
    name text PRIMARY KEY
);
