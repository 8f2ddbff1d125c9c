-- PostGIS: a table with a geometry column gets a GiST index on it and a second geometry column with its own GiST index.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE places (
    id integer PRIMARY KEY,
    name text NOT NULL,
    location geometry(Point, 4326),
    boundary geometry(Polygon, 4326)
);

CREATE INDEX places_location_idx ON places USING gist (location);
CREATE INDEX places_boundary_idx ON places USING gist (boundary);
