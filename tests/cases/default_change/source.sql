-- Changing column defaults (constant to constant, constant to expression).
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority integer DEFAULT 3,
    due_on date DEFAULT '2030-01-01'
);
