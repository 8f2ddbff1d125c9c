-- Changing the body of a plpgsql function.
CREATE FUNCTION next_business_day(d date) RETURNS date
    LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    RETURN d + 1;
END;
$$;
