-- PostGIS: a table with a geometry column gets a GiST index on it and a second geometry column with its own GiST index.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE places (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geometry(Point, 4326)
);
