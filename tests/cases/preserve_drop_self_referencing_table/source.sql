-- Dropping a table whose rows reference each other (manager hierarchy); the rows come back before the self-reference is checked again.
CREATE TABLE staff (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    manager_id integer REFERENCES staff (id)
);

CREATE TABLE departments (
    id integer PRIMARY KEY,
    name text NOT NULL
);
