-- Changing a function's argument type: the old signature is dropped, a new one created.
CREATE FUNCTION cents_to_units(c bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT c / 100.0 $$;
