-- No-op: a serial and a bigserial column (must produce an empty migration against target).
CREATE TABLE orders (
    id serial PRIMARY KEY,
    line_no bigserial,
    note text
);
