-- A comment whose text holds quotes, a semicolon, dollar signs and a newline.
CREATE TABLE ledger (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);

COMMENT ON TABLE ledger IS 'Don''t edit by hand; use $$ledger$$ tools.
Second line -- not a comment';
