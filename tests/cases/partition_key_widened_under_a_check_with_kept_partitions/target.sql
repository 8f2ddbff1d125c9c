CREATE TABLE public.readings (
    sensor_id bigint NOT NULL,
    payload jsonb,
    CONSTRAINT readings_payload_is_object CHECK (payload IS NULL OR jsonb_typeof(payload) = 'object')
) PARTITION BY RANGE (sensor_id);
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (1000) TO (2000);
