-- Adding CHECK constraints (column-level and table-level).
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    guests integer NOT NULL
);
