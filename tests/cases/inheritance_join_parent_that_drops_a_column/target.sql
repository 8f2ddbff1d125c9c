-- A table joins a parent that drops a column in the same migration: the rollback adds the column back to the parent, which reaches the child when it runs before NO INHERIT; the child must not keep it.
CREATE TABLE accounts (
    code bigint
);

CREATE TABLE savings (
    id integer NOT NULL
) INHERITS (accounts);
