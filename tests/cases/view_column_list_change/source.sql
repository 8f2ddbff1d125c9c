-- A view declared with an explicit column list that changes names.
CREATE TABLE readings (
    id integer PRIMARY KEY,
    sensor text NOT NULL,
    value double precision
);

CREATE VIEW reading_view (reading_id, sensor_name, reading_value) AS
    SELECT id, sensor, value FROM readings;
