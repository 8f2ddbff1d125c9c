-- Dropping a composite type that a function used to return (function dropped too).
CREATE TABLE numbers (
    n integer PRIMARY KEY
);
