-- Trap: btree_gist is dropped together with the EXCLUDE constraint and the index that needed its opclasses.
CREATE TABLE shifts (
    id integer PRIMARY KEY,
    worker_id integer NOT NULL,
    period tstzrange NOT NULL
);

CREATE INDEX shifts_period_idx ON shifts USING gist (period);
