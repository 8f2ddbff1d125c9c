-- Changing a column type whose old default cannot be cast to the new type (text 'n/a' -> integer default 0).
CREATE TABLE readings (
    id integer PRIMARY KEY,
    value text DEFAULT 'n/a'
);
