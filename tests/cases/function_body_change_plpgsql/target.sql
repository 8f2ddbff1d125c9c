-- Changing the body of a plpgsql function.
CREATE FUNCTION next_business_day(d date) RETURNS date
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    r date := d + 1;
BEGIN
    WHILE extract(isodow FROM r) > 5 LOOP
        r := r + 1;
    END LOOP;
    RETURN r;
END;
$$;
