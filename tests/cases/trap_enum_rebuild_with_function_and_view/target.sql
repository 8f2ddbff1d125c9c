-- Trap: removing an enum value when a function takes the enum and a view calls that function.
CREATE TYPE tier AS ENUM ('bronze', 'silver', 'gold');

CREATE TABLE customers (
    id integer PRIMARY KEY,
    tier tier NOT NULL DEFAULT 'bronze'
);

CREATE FUNCTION tier_discount(t tier) RETURNS numeric
    LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE t WHEN 'gold' THEN 0.1 ELSE 0 END $$;

CREATE VIEW customer_discounts AS
    SELECT id, tier_discount(tier) AS discount FROM customers;
