-- Trap: an index name is reused by a UNIQUE constraint on another column (old index must go first).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    login text NOT NULL
);

CREATE UNIQUE INDEX users_login_key ON users (email);
