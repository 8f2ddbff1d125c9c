-- Trap: btree_gist is dropped together with the EXCLUDE constraint and the index that needed its opclasses.
CREATE EXTENSION btree_gist;

CREATE TABLE shifts (
    id integer PRIMARY KEY,
    worker_id integer NOT NULL,
    period tstzrange NOT NULL,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker_id WITH =, period WITH &&)
);

CREATE INDEX shifts_worker_gist_idx ON shifts USING gist (worker_id, period);
