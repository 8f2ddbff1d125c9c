-- Three-deep view chain where the bottom view's output type changes and propagates upward.
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    celsius integer NOT NULL
);

CREATE VIEW m_base AS SELECT id, celsius AS temp FROM measurements;
CREATE VIEW m_hot AS SELECT id, temp FROM m_base WHERE temp > 30;
CREATE VIEW m_hot_count AS SELECT count(*) AS n, max(temp) AS max_temp FROM m_hot;
