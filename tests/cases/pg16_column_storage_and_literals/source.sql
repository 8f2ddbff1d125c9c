-- PostgreSQL 16: STORAGE in a column definition, and integer literals with underscores and in
-- hexadecimal, octal and binary.
CREATE TABLE blobs (
    id integer PRIMARY KEY
);
