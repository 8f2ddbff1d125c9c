-- A sequence owned by a generated column whose expression changes: the column is dropped and
-- added again, which would drop the sequence with it; it is let go first (OWNED BY NONE) and
-- owned again by the new column, keeping its value (semantic fuzzer seed 6000 pair 665).
CREATE SEQUENCE "invoice numbers" START WITH 1000;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    net integer DEFAULT 0,
    gross integer GENERATED ALWAYS AS (net * 3) STORED
);

ALTER SEQUENCE "invoice numbers" OWNED BY invoices.gross;
