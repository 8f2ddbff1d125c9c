-- Adding an enum value BEFORE an existing one (position matters for ordering).
CREATE TYPE severity AS ENUM ('info', 'error', 'fatal');

CREATE TABLE log_lines (
    id bigint PRIMARY KEY,
    level severity NOT NULL
);
