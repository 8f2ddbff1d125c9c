-- Changing the expression of a CHECK constraint that keeps its name.
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    guests integer NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests BETWEEN 1 AND 12)
);
