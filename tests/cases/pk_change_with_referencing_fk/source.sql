-- Changing a PK that an FK references: the FK must be dropped first and re-created after.
CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);

CREATE TABLE bins (
    id integer PRIMARY KEY,
    warehouse_id integer NOT NULL REFERENCES warehouses (id)
);
