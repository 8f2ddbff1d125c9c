-- PostgreSQL 17: the MAINTAIN privilege (VACUUM, ANALYZE, REINDEX, REFRESH, CLUSTER, LOCK).
CREATE TABLE metrics (
    id integer PRIMARY KEY,
    value numeric
);
CREATE MATERIALIZED VIEW metric_totals AS SELECT sum(value) AS total FROM metrics;
