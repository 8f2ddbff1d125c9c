-- A materialized view over a view over a table whose column type changes (smallint -> integer).
CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    points integer NOT NULL
);

CREATE VIEW scores_v AS SELECT player, points FROM scores;

CREATE MATERIALIZED VIEW leaderboard AS
    SELECT player, sum(points) AS total FROM scores_v GROUP BY player;

CREATE INDEX leaderboard_total_idx ON leaderboard (total);
