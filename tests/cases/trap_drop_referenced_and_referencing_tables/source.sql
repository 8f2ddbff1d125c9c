-- Trap: a table referenced by an FK is dropped together with the table that references it.
CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE project_members (
    project_id integer NOT NULL REFERENCES projects (id),
    user_name text NOT NULL,
    PRIMARY KEY (project_id, user_name)
);

CREATE TABLE users (
    name text PRIMARY KEY
);
