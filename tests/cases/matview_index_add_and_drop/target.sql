-- Adding one index to a materialized view and dropping another (the matview itself is unchanged).
CREATE TABLE events (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW event_counts AS
    SELECT kind, date_trunc('hour', at) AS hour, count(*) AS n FROM events GROUP BY 1, 2;

CREATE UNIQUE INDEX event_counts_kind_hour_idx ON event_counts (kind, hour);
