-- Rule: EXCLUDE USING gist mixing = on a scalar column (needs btree_gist) and && on a range.
-- pg_dump prints CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public,
-- a COMMENT ON EXTENSION, and the constraint as ALTER TABLE ONLY ... ADD CONSTRAINT.
CREATE EXTENSION btree_gist;

CREATE TABLE room_bookings (
    id       integer PRIMARY KEY,
    room_id  integer NOT NULL,
    during   tstzrange NOT NULL,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);

CREATE TABLE desk_bookings (
    id       integer PRIMARY KEY,
    desk     text NOT NULL,
    day_span daterange NOT NULL,
    CONSTRAINT no_double_desk EXCLUDE USING gist (desk WITH =, day_span WITH &&)
);
