-- PostgreSQL 16: STORAGE in a column definition, and integer literals with underscores and in
-- hexadecimal, octal and binary.
CREATE TABLE blobs (
    id integer PRIMARY KEY,
    content text STORAGE EXTERNAL,
    quota bigint NOT NULL DEFAULT 1_000_000 CHECK (quota <= 0x7FFF_FFFF),
    mode integer NOT NULL DEFAULT 0o644,
    flags integer NOT NULL DEFAULT 0b1010
);
