-- A CHECK that becomes NO INHERIT on a parent table with a child.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    wheels integer NOT NULL,
    CONSTRAINT vehicles_wheels_check CHECK (wheels >= 2) NO INHERIT
);

CREATE TABLE trucks (
    payload_kg integer
) INHERITS (vehicles);
