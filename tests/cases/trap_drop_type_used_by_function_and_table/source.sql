-- Trap: a composite type, the function taking it and the table column using it are all dropped.
CREATE TYPE dimensions AS (w numeric, h numeric, d numeric);

CREATE FUNCTION volume(x dimensions) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT x.w * x.h * x.d $$;

CREATE TABLE parcels (
    id integer PRIMARY KEY,
    size dimensions
);
