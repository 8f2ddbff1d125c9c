-- Turning an index into a partial index (WHERE added) and changing another's predicate.
CREATE TABLE jobs (
    id integer PRIMARY KEY,
    state text NOT NULL,
    run_at timestamptz,
    deleted_at timestamptz
);

CREATE INDEX jobs_run_at_idx ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_state_idx ON jobs (state) WHERE deleted_at IS NULL AND state <> 'done';
