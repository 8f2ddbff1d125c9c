-- Dropping a CHECK constraint.
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    guests integer NOT NULL CHECK (guests > 0),
    note text
);
