-- A table without a key leaves its parent and loses the parent's NOT NULL column: its values cannot be held, and INHERIT needs it NOT NULL, so it cannot come back empty; the rollback stops while the table has rows, naming the column.
CREATE TABLE devices (
    id integer NOT NULL
);

CREATE TABLE sensors (
    label text
) INHERITS (devices);
