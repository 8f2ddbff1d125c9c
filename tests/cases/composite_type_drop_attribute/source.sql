-- Dropping an attribute from a composite type.
CREATE TYPE geo_point AS (
    lat double precision,
    lon double precision,
    alt double precision
);
