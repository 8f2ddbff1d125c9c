-- Trap: a column is dropped that the source view reads; the target view no longer reads it.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW user_directory AS
    SELECT id, email FROM users;
