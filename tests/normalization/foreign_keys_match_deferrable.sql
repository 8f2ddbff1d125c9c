-- Rule: FK MATCH FULL, DEFERRABLE / INITIALLY DEFERRED / NOT DEFERRABLE.
-- pg_dump prints MATCH FULL and DEFERRABLE [INITIALLY DEFERRED]; MATCH SIMPLE,
-- NOT DEFERRABLE and INITIALLY IMMEDIATE are defaults and are omitted.
CREATE TABLE regions (
    country  char(2),
    code     text,
    name     text,
    PRIMARY KEY (country, code)
);

CREATE TABLE offices (
    id       integer PRIMARY KEY,
    country  char(2),
    region   text,
    FOREIGN KEY (country, region) REFERENCES regions (country, code) MATCH FULL
);

CREATE TABLE staff (
    id         integer PRIMARY KEY,
    office_id  integer REFERENCES offices (id) DEFERRABLE INITIALLY DEFERRED,
    mentor_id  integer REFERENCES staff (id) DEFERRABLE,
    buddy_id   integer REFERENCES staff (id) MATCH SIMPLE NOT DEFERRABLE INITIALLY IMMEDIATE
);

ALTER TABLE staff ADD CONSTRAINT staff_office_cascade_fk
    FOREIGN KEY (office_id) REFERENCES offices (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE;
