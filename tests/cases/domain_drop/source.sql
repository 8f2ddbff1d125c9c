-- Dropping a domain whose only column changes back to its base type.
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);

CREATE TABLE stock (
    sku text PRIMARY KEY,
    quantity positive_int NOT NULL
);
