-- Dropping three tables that form an FK cycle.
CREATE TABLE keep_me (
    id integer PRIMARY KEY
);
