-- Trap: a column default that calls a function is dropped together with the function.
CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL
);
