-- A column default calls a function whose return type changes (smallint -> integer).
CREATE FUNCTION default_priority() RETURNS smallint
    LANGUAGE sql IMMUTABLE AS $$ SELECT 3::smallint $$;

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT default_priority()
);
