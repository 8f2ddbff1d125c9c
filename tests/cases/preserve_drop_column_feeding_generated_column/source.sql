-- Dropping a column together with the stored generated column computed from it; the rollback restores the values and recomputes the generated column.
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price_cents integer NOT NULL,
    line_total_cents integer GENERATED ALWAYS AS (quantity * unit_price_cents) STORED
);
