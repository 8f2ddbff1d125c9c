-- Adding a named CHECK constraint to an existing domain used by a column.
CREATE DOMAIN percentage AS numeric(5,2);

CREATE TABLE discounts (
    id integer PRIMARY KEY,
    rate percentage NOT NULL
);
