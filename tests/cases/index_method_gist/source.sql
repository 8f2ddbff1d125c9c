-- Creating GiST indexes on a range column and a point column.
CREATE TABLE venues (
    id integer PRIMARY KEY,
    location point,
    open_hours tsrange
);
