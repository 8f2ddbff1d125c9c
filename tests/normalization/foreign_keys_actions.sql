-- Rule: FK referential actions; pg_dump prints FKs as separate
-- ALTER TABLE ONLY ... ADD CONSTRAINT ... FOREIGN KEY ... REFERENCES public.t(col) ON DELETE ...
-- (NO ACTION / MATCH SIMPLE defaults are omitted; REFERENCES t without columns -> t's PK).
CREATE TABLE projects (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE tasks (
    id          integer PRIMARY KEY,
    project_id  integer NOT NULL REFERENCES projects ON DELETE CASCADE,
    parent_id   integer REFERENCES tasks (id) ON DELETE SET NULL ON UPDATE CASCADE,
    owner_id    integer REFERENCES projects (id) ON DELETE RESTRICT,
    reviewer_id integer REFERENCES projects (id) ON DELETE NO ACTION ON UPDATE NO ACTION,
    backup_id   integer DEFAULT 0,
    CONSTRAINT tasks_backup_fk FOREIGN KEY (backup_id)
        REFERENCES projects (id) ON DELETE SET DEFAULT
);
