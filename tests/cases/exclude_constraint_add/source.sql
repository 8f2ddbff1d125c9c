-- Adding an EXCLUDE constraint that needs btree_gist (created in the same migration).
CREATE TABLE room_bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    during tstzrange NOT NULL
);
