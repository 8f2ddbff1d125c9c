-- Dropping a table that a kept column references (the foreign key goes); the rollback refills it before the foreign key is checked again.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    coupon_code text,
    total numeric(10,2) NOT NULL
);
