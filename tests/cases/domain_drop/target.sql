-- Dropping a domain whose only column changes back to its base type.
CREATE TABLE stock (
    sku text PRIMARY KEY,
    quantity integer NOT NULL
);
