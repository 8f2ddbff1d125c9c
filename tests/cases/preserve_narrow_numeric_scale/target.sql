-- Narrowing numeric(12,4) to numeric(12,2); the original values come back on rollback.
CREATE TABLE invoice_lines (
    id integer PRIMARY KEY,
    description text NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    discount numeric(12,2) DEFAULT 0
);
