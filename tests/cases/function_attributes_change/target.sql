-- Changing function attributes: volatility, STRICT, SECURITY DEFINER, SET search_path, COST, PARALLEL.
CREATE FUNCTION normalize_email(e text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
AS $$ SELECT lower(trim(e)) $$;

CREATE FUNCTION audit_now() RETURNS timestamptz
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$ SELECT now() $$;
