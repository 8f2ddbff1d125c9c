-- No-op: the same types written with their full SQL names.
CREATE TABLE metrics (
    id integer PRIMARY KEY,
    big bigint,
    small smallint,
    flag boolean,
    label character varying(40),
    code character(3),
    at timestamp with time zone,
    local_at timestamp without time zone,
    ratio double precision,
    approx real,
    price numeric(10,2),
    bits bit varying(8)
);
