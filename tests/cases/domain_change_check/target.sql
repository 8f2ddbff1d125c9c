-- Changing the expression of a domain CHECK constraint that keeps its name.
CREATE DOMAIN username AS text
    CONSTRAINT username_length CHECK (length(VALUE) BETWEEN 2 AND 64);

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    login username NOT NULL
);
