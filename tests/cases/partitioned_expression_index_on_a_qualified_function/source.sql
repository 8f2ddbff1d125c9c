-- A partitioned table's expression index calls a schema-qualified function that is replaced by another: PostgreSQL names each partition's index after the function (part_code_key_idx), qualified or not, and the snapshot must too.
CREATE FUNCTION public.code_key(v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT v + 2$$;
CREATE TABLE shipments (
    id integer NOT NULL,
    note text
) PARTITION BY RANGE (id);
CREATE TABLE shipments_rest PARTITION OF shipments DEFAULT;
CREATE INDEX shipments_code_ix ON shipments ((public.code_key(id)));
