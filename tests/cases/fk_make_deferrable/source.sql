-- Making an FK DEFERRABLE INITIALLY DEFERRED, and another one NOT DEFERRABLE.
CREATE TABLE parents (
    id integer PRIMARY KEY
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer NOT NULL,
    guardian_id integer,
    CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES parents (id),
    CONSTRAINT children_guardian_fkey FOREIGN KEY (guardian_id) REFERENCES parents (id)
        DEFERRABLE INITIALLY IMMEDIATE
);
