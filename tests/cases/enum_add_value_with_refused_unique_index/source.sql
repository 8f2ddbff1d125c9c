-- An enum gains a value while a new unique index is refused by duplicate rows: the pre-flight stops the migration before the value is added (outside the transaction), so the refused migration changes nothing (semantic fuzzer seed 21000 pairs 40, 112).
CREATE TYPE e_1 AS ENUM ('v0 label', 'v1', 'v2-x');
CREATE TABLE t_37 (id_39 int NOT NULL, "check" e_1 NOT NULL);
