-- Rule: INHERITS. pg_dump prints only the child's own columns plus INHERITS (public.parent);
-- inherited columns and CHECK constraints are not repeated in the child.
CREATE TABLE vehicles (
    id        integer NOT NULL,
    make      text NOT NULL,
    year      integer CHECK (year > 1885)
);

CREATE TABLE cars (
    doors     integer DEFAULT 4
) INHERITS (vehicles);

CREATE TABLE trucks (
    payload_kg  integer,
    axles       smallint NOT NULL DEFAULT 2
) INHERITS (vehicles);

CREATE TABLE tags (label text);
CREATE TABLE tagged_trucks (
    plate text
) INHERITS (trucks, tags);
