-- Dropping a table that a kept column references (the foreign key goes); the rollback refills it before the foreign key is checked again.
CREATE TABLE coupons (
    code text PRIMARY KEY,
    percent_off integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100)
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    coupon_code text REFERENCES coupons (code),
    total numeric(10,2) NOT NULL
);
