-- PostgreSQL 17: SQL/JSON query functions (JSON_VALUE, JSON_QUERY, JSON_EXISTS, JSON_TABLE) in
-- defaults, checks, generated columns and views.
CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL,
    header jsonb DEFAULT JSON_QUERY(jsonb '{"v": [1]}', '$.v') CHECK (header IS NULL OR JSON_EXISTS(header, '$[0]')),
    kind text GENERATED ALWAYS AS (JSON_VALUE(payload, '$.kind' RETURNING text)) STORED,
    tags jsonb GENERATED ALWAYS AS (JSON_QUERY(payload, '$.tags' WITH WRAPPER)) STORED
);
CREATE VIEW event_items AS
SELECT e.id, items.sku, items.quantity
FROM events e,
     JSON_TABLE(e.payload, '$.items[*]' COLUMNS (sku text PATH '$.sku', quantity integer PATH '$.qty')) AS items;
