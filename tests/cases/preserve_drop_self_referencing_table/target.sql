-- Dropping a table whose rows reference each other (manager hierarchy); the rows come back before the self-reference is checked again.
CREATE TABLE departments (
    id integer PRIMARY KEY,
    name text NOT NULL
);
