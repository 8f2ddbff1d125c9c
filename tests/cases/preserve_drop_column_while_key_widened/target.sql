-- Dropping a column in the release that widens the table's integer primary key to bigint; the values are still matched by the key.
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    body text NOT NULL
);
