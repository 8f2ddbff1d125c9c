-- Adding an enum value in first position (BEFORE the current first value).
CREATE TYPE severity AS ENUM ('info', 'warning', 'error');

CREATE TABLE alerts (
    id integer PRIMARY KEY,
    level severity NOT NULL DEFAULT 'info'
);
