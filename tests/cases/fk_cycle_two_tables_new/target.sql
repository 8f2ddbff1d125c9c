-- Two new tables that reference each other (FK cycle): one FK must be added after both exist.
CREATE TABLE companies (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE departments (
    id integer PRIMARY KEY,
    company_id integer NOT NULL REFERENCES companies (id),
    manager_id integer
);

CREATE TABLE staff (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES departments (id)
);

ALTER TABLE departments
    ADD CONSTRAINT departments_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES staff (id);
