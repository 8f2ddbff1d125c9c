-- Adding a child table that INHERITS from an existing parent.
CREATE TABLE vehicles (
    id integer NOT NULL,
    make text NOT NULL,
    wheels integer NOT NULL DEFAULT 4
);

CREATE TABLE motorcycles (
    sidecar boolean NOT NULL DEFAULT false
) INHERITS (vehicles);
