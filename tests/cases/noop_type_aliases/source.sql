-- No-op: type names written with their short aliases (int, int8, bool, varchar, timestamptz, float8, decimal).
CREATE TABLE metrics (
    id int PRIMARY KEY,
    big int8,
    small int2,
    flag bool,
    label varchar(40),
    code char(3),
    at timestamptz,
    local_at timestamp,
    ratio float8,
    approx float4,
    price decimal(10,2),
    bits varbit(8)
);
