-- The partition key's column widens, so the partitioned table is rebuilt and its partitions are
-- attached again. Its CHECK comes back with the new table; the partitions keep their copies,
-- which ATTACH PARTITION requires.
CREATE TABLE public.readings (
    sensor_id integer NOT NULL,
    payload jsonb,
    CONSTRAINT readings_payload_is_object CHECK (payload IS NULL OR jsonb_typeof(payload) = 'object')
) PARTITION BY RANGE (sensor_id);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (1000) TO (2000);
