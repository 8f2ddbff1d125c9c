-- Dropping a table and a column whose names are near the 63-byte limit, so the holding names are shortened with a hash.
CREATE TABLE customer_loyalty_program_memberships_with_regional_overrides (
    id integer PRIMARY KEY,
    tier text NOT NULL
);
