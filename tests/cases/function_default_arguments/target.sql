-- Adding a default to an existing argument and a new trailing argument with a default.
CREATE FUNCTION paginate_offset(page integer, per_page integer DEFAULT 20, first_page integer DEFAULT 1)
    RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (page - first_page) * per_page $$;
