-- Overloads: (int, int) is dropped, (numeric, numeric) and a 3-argument one added, one unchanged.
CREATE FUNCTION area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;

CREATE FUNCTION area(w integer, h integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
