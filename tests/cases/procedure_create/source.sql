-- Creating a procedure that commits in a loop.
CREATE TABLE queue (
    id bigint PRIMARY KEY,
    done boolean NOT NULL DEFAULT false
);
