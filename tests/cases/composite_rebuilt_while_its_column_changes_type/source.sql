-- A composite type gains an attribute while the only column using it changes to text: the column is not rebuilt onto the new composite, and its state check accepts the old type under its temporary name (semantic fuzzer seed 22000 pair 66).
CREATE TYPE ty_3 AS (a int, b text);
CREATE TABLE t_7 (id_9 bigint NOT NULL, c ty_3 NOT NULL);
