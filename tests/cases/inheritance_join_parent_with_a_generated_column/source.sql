-- A table joins a parent whose generated column reads a column declared after it: INHERIT needs both in the child, the generated one added last; the child's copy then dumps without its expression (pg_dump), which is still the parent's generated column.
CREATE TABLE prices (
    id integer,
    doubled integer,
    amount integer
);
CREATE TABLE sale_prices (
    sale_id integer NOT NULL
);
