-- PostgreSQL 18: temporal keys, a PRIMARY KEY ... WITHOUT OVERLAPS and a FOREIGN KEY with
-- PERIOD (btree_gist gives the integer column its GiST operator class).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (
    id integer NOT NULL,
    valid_during daterange NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, valid_during WITHOUT OVERLAPS)
);
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    booked_during daterange NOT NULL,
    CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD booked_during) REFERENCES rooms (id, PERIOD valid_during)
);
