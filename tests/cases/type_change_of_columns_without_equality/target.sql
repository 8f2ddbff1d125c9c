CREATE TABLE documents (
    id integer PRIMARY KEY,
    body jsonb,
    bodies jsonb[],
    markup text,
    spot text,
    area text,
    route text,
    zone text,
    frame text
);
