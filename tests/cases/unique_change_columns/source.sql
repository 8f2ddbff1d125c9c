-- Changing the columns of a named UNIQUE constraint.
CREATE TABLE seats (
    id integer PRIMARY KEY,
    hall text NOT NULL,
    row_no integer NOT NULL,
    seat_no integer NOT NULL,
    CONSTRAINT seats_position_key UNIQUE (row_no, seat_no)
);
