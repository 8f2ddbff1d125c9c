-- Dropping a table with a composite-typed column and an array-of-enum column, together with both types.
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');

CREATE TYPE street_address AS (
    street text,
    city text,
    postal_code text
);

CREATE TABLE stores (
    id integer PRIMARY KEY,
    name text NOT NULL,
    address street_address,
    open_days weekday[] NOT NULL DEFAULT '{mon,tue,wed,thu,fri}'
);

CREATE TABLE brands (
    id integer PRIMARY KEY,
    name text NOT NULL
);
