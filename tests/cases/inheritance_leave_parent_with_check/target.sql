-- A table leaves its parent: NO INHERIT keeps the parent's CHECK in the child, TARGET's child has none of it.
CREATE TABLE vehicles (
    id integer NOT NULL,
    make text,
    CONSTRAINT make_not_empty CHECK (make <> '')
);

CREATE TABLE buses (
    id integer NOT NULL,
    make text,
    seats integer
);
