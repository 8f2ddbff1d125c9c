-- Dropping an inheritance child table with a column of its own; the parent and its own rows stay.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    make text NOT NULL,
    registered_on date
);

CREATE TABLE trucks (
    payload_kg integer NOT NULL CHECK (payload_kg > 0),
    PRIMARY KEY (id)
) INHERITS (vehicles);
