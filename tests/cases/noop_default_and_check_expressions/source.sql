-- No-op: defaults and checks written with redundant casts and parentheses.
CREATE TABLE settings (
    id integer PRIMARY KEY,
    name text NOT NULL DEFAULT 'x'::text,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    level integer DEFAULT (0),
    ratio numeric CHECK ((ratio >= (0)::numeric))
);
