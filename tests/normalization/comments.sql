-- Rule: COMMENT ON for table, column, function, type, index, constraint, domain,
-- sequence. pg_dump schema-qualifies the objects (COMMENT ON COLUMN public.t.c IS '...')
-- and prints functions with their argument types (public.f(integer)).
CREATE TYPE shipment_state AS ENUM ('pending', 'sent', 'delivered');

CREATE TABLE shipments (
    id        integer PRIMARY KEY,
    state     shipment_state NOT NULL,
    weight_g  integer CONSTRAINT weight_positive CHECK (weight_g > 0),
    tracking  text
);

CREATE INDEX shipments_tracking_idx ON shipments (tracking);
CREATE SEQUENCE shipment_batch_seq;

CREATE FUNCTION shipment_weight_kg(w int) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT w / 1000.0 $$;

COMMENT ON TABLE shipments IS 'Outgoing parcels';
COMMENT ON COLUMN shipments.weight_g IS 'Weight in grams';
COMMENT ON COLUMN shipments.tracking IS 'Carrier tracking number, it''s optional';
COMMENT ON TYPE shipment_state IS 'Lifecycle of a shipment';
COMMENT ON INDEX shipments_tracking_idx IS 'Lookup by tracking number';
COMMENT ON CONSTRAINT weight_positive ON shipments IS 'No empty parcels';
COMMENT ON CONSTRAINT shipments_pkey ON shipments IS 'Surrogate key';
COMMENT ON FUNCTION shipment_weight_kg(int) IS 'Grams to kilograms';
COMMENT ON SEQUENCE shipment_batch_seq IS 'Batch numbers';
