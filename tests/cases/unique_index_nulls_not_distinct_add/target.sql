-- Adding a unique index with NULLS NOT DISTINCT and a UNIQUE constraint with INCLUDE.
CREATE TABLE devices (
    id integer PRIMARY KEY,
    mac text,
    label text,
    CONSTRAINT devices_label_key UNIQUE (label) INCLUDE (mac)
);

CREATE UNIQUE INDEX devices_mac_uidx ON devices (mac) NULLS NOT DISTINCT;
