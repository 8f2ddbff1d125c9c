-- Changing function attributes: volatility, STRICT, SECURITY DEFINER, SET search_path, COST, PARALLEL.
CREATE FUNCTION normalize_email(e text) RETURNS text
    LANGUAGE sql
AS $$ SELECT lower(trim(e)) $$;

CREATE FUNCTION audit_now() RETURNS timestamptz
    LANGUAGE sql SECURITY DEFINER SET search_path = public
AS $$ SELECT now() $$;
