-- Dropping a GENERATED ALWAYS identity column that is not the key; its values and its sequence position come back.
CREATE TABLE tickets (
    code text PRIMARY KEY,
    legacy_number bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000),
    subject text NOT NULL
);
