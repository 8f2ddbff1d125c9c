-- PostgreSQL 18: temporal keys, a PRIMARY KEY ... WITHOUT OVERLAPS and a FOREIGN KEY with
-- PERIOD (btree_gist gives the integer column its GiST operator class).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (
    id integer NOT NULL,
    valid_during daterange NOT NULL
);
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room_id integer NOT NULL,
    booked_during daterange NOT NULL
);
