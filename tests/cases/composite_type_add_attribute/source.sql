-- Adding an attribute to a composite type that a table column uses.
CREATE TYPE money_amount AS (
    value numeric(14,2),
    currency char(3)
);

CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount money_amount NOT NULL
);
