-- Adding a default to existing columns.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    done boolean NOT NULL,
    created_at timestamptz
);
