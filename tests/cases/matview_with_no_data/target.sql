-- A materialized view created WITH NO DATA (unpopulated) whose query changes.
CREATE TABLE logs (
    id bigint PRIMARY KEY,
    level text NOT NULL
);

CREATE MATERIALIZED VIEW log_levels AS
    SELECT level, count(*) AS n FROM logs WHERE level <> 'debug' GROUP BY level
    WITH NO DATA;
