-- A view whose output column type changes (integer -> numeric through a cast).
CREATE TABLE stats (
    id integer PRIMARY KEY,
    hits integer NOT NULL,
    visits integer NOT NULL
);

CREATE VIEW stat_ratios AS
    SELECT id, hits / nullif(visits, 0) AS ratio FROM stats;
