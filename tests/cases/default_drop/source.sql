-- Dropping column defaults.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    owner_name text DEFAULT current_user,
    points integer NOT NULL DEFAULT 1
);
