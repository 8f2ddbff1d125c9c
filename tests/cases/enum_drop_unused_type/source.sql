-- Dropping an enum type that nothing uses.
CREATE TYPE legacy_flag AS ENUM ('y', 'n');

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
