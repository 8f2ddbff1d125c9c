-- Rule: boolean and floating point aliases.
-- bool -> boolean; float8 / float / float(25..53) -> double precision;
-- float4 / float(1..24) -> real.
CREATE TABLE sensor_readings (
    id          integer PRIMARY KEY,
    active      bool NOT NULL,
    verified    boolean,
    temperature float8,
    humidity    double precision,
    pressure    float4,
    wind_speed  real,
    lat         float,
    lon         FLOAT(53),
    altitude    float(10),
    accuracy    float(24),
    drift       float(25)
);
