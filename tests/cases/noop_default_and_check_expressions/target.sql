-- No-op: the same defaults and checks written plainly.
CREATE TABLE settings (
    id integer PRIMARY KEY,
    name text NOT NULL DEFAULT 'x',
    tags text[] NOT NULL DEFAULT '{}',
    level integer DEFAULT 0,
    ratio numeric CHECK (ratio >= 0)
);
