-- Dropping column defaults.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    owner_name text,
    points integer NOT NULL
);
