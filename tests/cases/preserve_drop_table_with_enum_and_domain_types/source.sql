-- Dropping a table with an enum column and a domain column, together with the enum and the domain.
CREATE TYPE shipment_status AS ENUM ('pending', 'shipped', 'delivered', 'returned');

CREATE DOMAIN postal_code AS text CHECK (VALUE ~ '^[0-9A-Z_ -]+$');

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    status shipment_status NOT NULL DEFAULT 'pending',
    destination_postal_code postal_code NOT NULL,
    weight_grams integer
);

CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    name text NOT NULL
);
