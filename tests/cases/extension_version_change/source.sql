-- An extension updated to a newer version while an index uses its operator class: updated in place, never dropped.
CREATE EXTENSION pg_trgm VERSION '1.3';
CREATE TABLE t (v text);
CREATE INDEX ON t USING gin (v gin_trgm_ops);
