-- Creating a composite type and a column of that type.
CREATE TYPE postal_address AS (
    street text,
    city text,
    postcode varchar(10),
    country char(2)
);

CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    billing_address postal_address
);
