-- Reordering existing enum values (no ALTER TYPE can do this: needs a rebuild).
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    prio priority NOT NULL DEFAULT 'medium'
);
