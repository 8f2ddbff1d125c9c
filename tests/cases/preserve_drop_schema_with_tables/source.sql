-- Dropping a whole schema with its tables and a view over them; the tables' rows are held outside it and come back.
CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    orders integer NOT NULL,
    revenue numeric(14,2) NOT NULL
);

CREATE TABLE reporting.exports (
    id serial PRIMARY KEY,
    day date NOT NULL REFERENCES reporting.daily_totals (day),
    file_name text NOT NULL
);

CREATE VIEW reporting.recent_totals AS
    SELECT day, orders, revenue FROM reporting.daily_totals WHERE day > date '2000-01-01';

CREATE TABLE orders (
    id integer PRIMARY KEY
);
