-- A partitioned table's index is renamed in the schema file (no --rename): the old index is dropped with the partition's index attached to it, so the partition's index (the same name on both sides) is made again and attached to the new one. (The new name sorts after the old: the snapshot attaches partition index clones in name order, see fuzz/semantic/known_defects.txt, drop_index.)
CREATE TABLE readings (
    id integer NOT NULL,
    value numeric(12,2)
) PARTITION BY RANGE (id);
CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (0) TO (1000);
CREATE INDEX readings_value_ix_new ON readings (value);
