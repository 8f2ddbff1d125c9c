-- The indexes made second are gone, with the partition indexes attached to them.
CREATE TABLE pt (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE TABLE part_54 PARTITION OF pt FOR VALUES FROM (0) TO (1000);
CREATE INDEX ix_56 ON pt (c);
CREATE INDEX mine ON part_54 (c);

CREATE TABLE pt2 (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE INDEX ix_2 ON pt2 (c);
CREATE TABLE part_2 PARTITION OF pt2 FOR VALUES FROM (0) TO (1000);

CREATE TABLE pt3 (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE INDEX ix_3 ON pt3 (c);
CREATE TABLE part_3 (id bigint NOT NULL, c jsonb);
CREATE INDEX a_idx ON part_3 (c);
ALTER TABLE pt3 ATTACH PARTITION part_3 FOR VALUES FROM (0) TO (1000);
