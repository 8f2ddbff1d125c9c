-- Rule: unqualified names resolve to the default search_path ("$user", public) -> public.
-- pg_dump prints every name schema-qualified: public.departments, public.job_level, ...
CREATE TYPE job_level AS ENUM ('junior', 'senior', 'lead');

CREATE TABLE departments (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE employees (
    id         integer PRIMARY KEY,
    dept_id    integer REFERENCES departments,
    level      job_level NOT NULL,
    manager_id integer REFERENCES public.employees (id)
);

CREATE INDEX employees_dept_idx ON employees (dept_id);
