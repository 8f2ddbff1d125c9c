-- Creating a plpgsql function with OUT parameters.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL
);
