-- PostgreSQL 16: SQL/JSON constructors and the IS JSON predicate in defaults, checks and views.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL,
    extra text CONSTRAINT documents_extra_is_object CHECK (extra IS JSON OBJECT),
    meta jsonb DEFAULT JSON_OBJECT('version': 1, 'tags': JSON_ARRAY('new' RETURNING jsonb) RETURNING jsonb)
);
CREATE VIEW document_index AS
SELECT JSON_OBJECTAGG(id::text : body RETURNING jsonb) AS by_id, JSON_ARRAYAGG(id ORDER BY id RETURNING jsonb) AS ids
FROM documents;
