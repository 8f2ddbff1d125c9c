-- Trap: a table is replaced by a view with the same name.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE order_totals (
    order_id integer PRIMARY KEY,
    total numeric
);
