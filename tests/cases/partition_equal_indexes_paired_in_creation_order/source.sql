-- Equal indexes on a partitioned table, the later one sorting first by name. PostgreSQL pairs the
-- partition's indexes with them in creation order (part_54_c_idx with ix_56, part_54_c_idx1 with
-- "Mixedix60"), whether the partition was made before the indexes or after them, and attaches only
-- the partition's indexes that existed by then: "mine", made after, stays the partition's own.
CREATE TABLE pt (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE TABLE part_54 PARTITION OF pt FOR VALUES FROM (0) TO (1000);
CREATE INDEX ix_56 ON pt (c);
CREATE INDEX "Mixedix60" ON pt (c);
CREATE INDEX mine ON part_54 (c);

CREATE TABLE pt2 (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE INDEX ix_2 ON pt2 (c);
CREATE INDEX "Mixed2" ON pt2 (c);
CREATE TABLE part_2 PARTITION OF pt2 FOR VALUES FROM (0) TO (1000);

-- A table attached with equal indexes of its own: the first made (a_idx) goes to the parent's
-- first made (ix_3), b_idx to "Mixed3".
CREATE TABLE pt3 (id bigint NOT NULL, c jsonb) PARTITION BY RANGE (id);
CREATE INDEX ix_3 ON pt3 (c);
CREATE INDEX "Mixed3" ON pt3 (c);
CREATE TABLE part_3 (id bigint NOT NULL, c jsonb);
CREATE INDEX a_idx ON part_3 (c);
CREATE INDEX b_idx ON part_3 (c);
ALTER TABLE pt3 ATTACH PARTITION part_3 FOR VALUES FROM (0) TO (1000);
