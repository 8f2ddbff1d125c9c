-- Dropping a GENERATED ALWAYS identity column that is not the key; its values and its sequence position come back.
CREATE TABLE tickets (
    code text PRIMARY KEY,
    subject text NOT NULL
);
