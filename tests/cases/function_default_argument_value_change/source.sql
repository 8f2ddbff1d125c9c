-- Changing the value of an existing default argument (same signature).
CREATE FUNCTION retry_delay(attempt integer, base_ms integer DEFAULT 100) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT base_ms * (2 ^ attempt)::integer $$;
