-- Changing column defaults (constant to constant, constant to expression).
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority integer DEFAULT 5,
    due_on date DEFAULT (CURRENT_DATE + 7)
);
