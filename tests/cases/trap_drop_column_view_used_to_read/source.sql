-- Trap: a column is dropped that the source view reads; the target view no longer reads it.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    legacy_login text
);

CREATE VIEW user_directory AS
    SELECT id, email, legacy_login FROM users;
