-- Adding a default to an existing argument and a new trailing argument with a default.
CREATE FUNCTION paginate_offset(page integer, per_page integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * per_page $$;
