-- No-op: function bodies quoted with $$.
CREATE FUNCTION add_one(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$SELECT x + 1$$;

CREATE FUNCTION shout(t text) RETURNS text
    LANGUAGE plpgsql
    AS $$BEGIN RETURN upper(t) || '!'; END$$;
