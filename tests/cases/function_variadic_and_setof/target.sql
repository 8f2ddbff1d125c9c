-- Creating a VARIADIC function and a SETOF function over a table's row type.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE FUNCTION max_of(VARIADIC vals integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT max(v) FROM unnest(vals) AS v $$;

CREATE FUNCTION items_by_ids(ids integer[]) RETURNS SETOF items
    LANGUAGE sql STABLE AS $$ SELECT * FROM items WHERE id = ANY (ids) $$;
