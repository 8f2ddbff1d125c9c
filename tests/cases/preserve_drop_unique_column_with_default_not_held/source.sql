-- A UNIQUE column with a DEFAULT, the table's only key, dropped: its values cannot be held; the rollback adds it back empty (without the default, which would give every row the same value the key refuses), then sets the default.
CREATE TABLE counters (
    id integer GENERATED ALWAYS AS IDENTITY,
    slot integer DEFAULT 0,
    CONSTRAINT counters_slot_key UNIQUE (slot)
);
