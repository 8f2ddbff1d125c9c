-- Replacing a btree index with a BRIN index (same name) with a storage parameter.
CREATE TABLE sensor_readings (
    id bigint PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    value double precision
);

CREATE INDEX sensor_readings_recorded_at_idx ON sensor_readings (recorded_at);
