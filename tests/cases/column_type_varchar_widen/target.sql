-- Changing a column type varchar(50) -> varchar(100), with a unique index on it.
CREATE TABLE users (
    id integer PRIMARY KEY,
    username varchar(100) NOT NULL UNIQUE
);
