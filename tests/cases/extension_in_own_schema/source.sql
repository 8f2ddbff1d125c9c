-- Creating an extension inside a dedicated schema, used by a column through a qualified type.
CREATE TABLE members (
    id integer PRIMARY KEY,
    nickname text
);
