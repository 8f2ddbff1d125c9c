-- Adding a named CHECK constraint to an existing domain used by a column.
CREATE DOMAIN percentage AS numeric(5,2)
    CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);

CREATE TABLE discounts (
    id integer PRIMARY KEY,
    rate percentage NOT NULL
);
