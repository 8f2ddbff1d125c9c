-- A partition added to a partitioned table whose foreign key references the table itself: the rollback detaches the new partition (its foreign key clone comes with the parent's key) before dropping it (semantic fuzzer smoke seed 1002 pair 24).
CREATE TABLE pt (id bigint NOT NULL, ref bigint) PARTITION BY RANGE (id);
CREATE TABLE part_a PARTITION OF pt FOR VALUES FROM (1000) TO (2000);
ALTER TABLE pt ADD PRIMARY KEY (id);
ALTER TABLE pt ADD CONSTRAINT fk FOREIGN KEY (ref) REFERENCES pt (id);
