-- No-op: a comment set then removed with an empty string, and one removed with IS NULL.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);

COMMENT ON TABLE notes IS 'temporary';
COMMENT ON TABLE notes IS '';
COMMENT ON COLUMN notes.body IS 'temporary';
COMMENT ON COLUMN notes.body IS NULL;
