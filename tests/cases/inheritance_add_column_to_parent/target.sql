-- Adding a column to a parent table: the existing child inherits it.
CREATE TABLE vehicles (
    id integer NOT NULL,
    make text NOT NULL,
    registered_on date
);

CREATE TABLE trucks (
    payload_kg integer
) INHERITS (vehicles);
