-- A NOT NULL column without a default added to a table without a key: added NOT NULL (the rows refuse it).
CREATE TABLE events (
    happened_at timestamp NOT NULL,
    note text,
    source varchar(70) NOT NULL
);
