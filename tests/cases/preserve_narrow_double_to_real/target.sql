-- Narrowing double precision to real; the original values come back on rollback.
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    station text NOT NULL,
    temperature real NOT NULL,
    humidity real
);
