-- Creating an extension inside a dedicated schema, used by a column through a qualified type.
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;

CREATE TABLE members (
    id integer PRIMARY KEY,
    nickname text,
    login extensions.citext
);
