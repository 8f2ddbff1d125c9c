-- Changing the fillfactor of an index and of a primary key's index.
CREATE TABLE counters (
    name text PRIMARY KEY,
    bucket integer NOT NULL
);

CREATE INDEX counters_bucket_idx ON counters (bucket);
