-- Dropping an enum type together with the only column that used it (column first, then type).
CREATE TYPE legacy_flag AS ENUM ('y', 'n');

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    is_legacy legacy_flag DEFAULT 'n'
);
