-- Trap: a column type change under a BEGIN ATOMIC function (which records a dependency on the column).
CREATE TABLE readings (
    id integer PRIMARY KEY,
    value integer NOT NULL
);

CREATE FUNCTION readings_above(threshold integer) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM readings WHERE value > threshold;
END;
