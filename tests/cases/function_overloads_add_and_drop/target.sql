-- Overloads: (int, int) is dropped, (numeric, numeric) and a 3-argument one added, one unchanged.
CREATE FUNCTION area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;

CREATE FUNCTION area(w numeric, h numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;

CREATE FUNCTION area(a double precision, b double precision, c double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE
AS $$ SELECT sqrt((a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)) / 4 $$;
