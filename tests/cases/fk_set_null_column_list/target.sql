-- An FK switching to ON DELETE SET NULL with a column list (PostgreSQL 15 syntax).
CREATE TABLE tenants (
    id integer PRIMARY KEY
);

CREATE TABLE projects (
    tenant_id integer NOT NULL REFERENCES tenants (id),
    id integer NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE tasks (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    project_id integer,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id)
        REFERENCES projects (tenant_id, id) ON DELETE SET NULL (project_id)
);
