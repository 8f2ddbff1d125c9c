-- A function in another schema, revoked from PUBLIC, whose body changes (privileges must stay).
CREATE SCHEMA util;

CREATE FUNCTION util.slugify(t text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(lower(t), '[^a-z0-9]+', '-', 'g') $$;

REVOKE ALL ON FUNCTION util.slugify(text) FROM PUBLIC;
