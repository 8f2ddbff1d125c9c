-- A sequence that the rollback creates after an identity's removal (the identity's own sequence
-- holds its name): every other object that uses it (another column's default, a new table's
-- default, a view, OWNED BY) waits for that late creation.
CREATE TABLE t1 (c int GENERATED ALWAYS AS IDENTITY);
CREATE TABLE t2 (c bigint DEFAULT 0);
