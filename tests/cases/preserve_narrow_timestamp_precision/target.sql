-- Narrowing timestamp(6) and timestamptz(6) to precision 0; the original values come back on rollback.
CREATE TABLE sensor_readings (
    id bigint PRIMARY KEY,
    recorded_at timestamp(0) without time zone NOT NULL,
    received_at timestamp(0) with time zone,
    reading double precision
);
