-- A table joins a parent with a CHECK (and a grandparent's): INHERIT needs the parents' columns and CHECKs in the child first.
CREATE TABLE base (
    id integer,
    CONSTRAINT base_id_positive CHECK (id > 0)
);

CREATE TABLE vehicles (
    make text,
    CONSTRAINT "make isn't empty" CHECK (make <> '')
) INHERITS (base);

CREATE TABLE buses (
    seats integer
);
