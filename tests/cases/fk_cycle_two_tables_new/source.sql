-- Two new tables that reference each other (FK cycle): one FK must be added after both exist.
CREATE TABLE companies (
    id integer PRIMARY KEY,
    name text NOT NULL
);
