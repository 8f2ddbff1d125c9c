-- Adding a default to existing columns.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    done boolean NOT NULL DEFAULT false,
    created_at timestamptz DEFAULT CURRENT_TIMESTAMP
);
