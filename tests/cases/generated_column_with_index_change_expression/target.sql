-- Changing a generated column's expression while an index is built on it.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);

CREATE INDEX documents_search_idx ON documents USING gin (search);
