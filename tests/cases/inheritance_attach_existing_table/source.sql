-- An existing standalone table becomes a child of another table (NO INHERIT -> INHERIT).
CREATE TABLE vehicles (
    id integer NOT NULL,
    make text NOT NULL
);

CREATE TABLE buses (
    id integer NOT NULL,
    make text NOT NULL,
    seats integer
);
