-- Narrowing numeric(10,2) to integer rounds every value; the rollback brings back the exact cents.
CREATE TABLE price_list (
    sku text PRIMARY KEY,
    list_price integer NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR'
);
