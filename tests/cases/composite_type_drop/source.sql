-- Dropping a composite type that a function used to return (function dropped too).
CREATE TYPE pair AS (a integer, b integer);

CREATE FUNCTION make_pair(x integer, y integer) RETURNS pair
    LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(x, y)::pair $$;

CREATE TABLE numbers (
    n integer PRIMARY KEY
);
