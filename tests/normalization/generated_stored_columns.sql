-- Rule: generated stored columns; pg_dump prints GENERATED ALWAYS AS ((expr)) STORED.
CREATE TABLE rectangles (
    id      integer PRIMARY KEY,
    width   integer NOT NULL,
    height  integer NOT NULL,
    area    integer GENERATED ALWAYS AS (width * height) STORED
);

CREATE TABLE people (
    id          integer PRIMARY KEY,
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    full_name   text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    email       text,
    email_lc    text GENERATED ALWAYS AS (lower(email)) STORED
);

CREATE TABLE line_totals (
    id        integer PRIMARY KEY,
    price     numeric(10,2),
    tax_rate  numeric(4,3),
    gross     numeric GENERATED ALWAYS AS (price * (1 + tax_rate)) STORED
);
