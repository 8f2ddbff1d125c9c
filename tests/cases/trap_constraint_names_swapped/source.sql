-- Trap: two CHECK constraints swap names (each name now holds the other expression).
CREATE TABLE rooms (
    id integer PRIMARY KEY,
    capacity integer NOT NULL,
    floor integer NOT NULL,
    CONSTRAINT rooms_check_a CHECK (capacity > 0),
    CONSTRAINT rooms_check_b CHECK (floor BETWEEN -2 AND 50)
);
