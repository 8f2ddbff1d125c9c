-- A sequence that the rollback creates after an identity's removal (the identity's own sequence
-- holds its name): every other object that uses it (another column's default, a new table's
-- default, a view, OWNED BY) waits for that late creation.
CREATE SEQUENCE t1_c_seq;
CREATE TABLE t1 (c int DEFAULT nextval('t1_c_seq'));
CREATE TABLE t2 (c bigint DEFAULT nextval('t1_c_seq'));
CREATE TABLE t3 (id bigint DEFAULT nextval('t1_c_seq') PRIMARY KEY, note text);
CREATE VIEW v AS SELECT last_value FROM t1_c_seq;
ALTER SEQUENCE t1_c_seq OWNED BY t2.c;
