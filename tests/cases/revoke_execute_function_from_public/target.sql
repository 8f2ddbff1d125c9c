-- Revoking the default EXECUTE privilege of PUBLIC on a function.
CREATE FUNCTION wipe_cache() RETURNS void
    LANGUAGE sql AS $$ SELECT NULL::void $$;

REVOKE EXECUTE ON FUNCTION wipe_cache() FROM PUBLIC;
