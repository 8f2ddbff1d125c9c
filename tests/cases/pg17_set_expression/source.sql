-- PostgreSQL 17: ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION in a schema file.
CREATE TABLE parcels (
    id integer PRIMARY KEY,
    weight_g integer NOT NULL,
    weight_kg numeric GENERATED ALWAYS AS (weight_g / 1000.0) STORED
);
