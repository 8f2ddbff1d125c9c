-- Creating GiST indexes on a range column and a point column.
CREATE TABLE venues (
    id integer PRIMARY KEY,
    location point,
    open_hours tsrange
);

CREATE INDEX venues_location_idx ON venues USING gist (location);
CREATE INDEX venues_open_hours_idx ON venues USING gist (open_hours);
