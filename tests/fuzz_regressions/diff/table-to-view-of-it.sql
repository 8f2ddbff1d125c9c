CREATE TABLE t (id integer PRIMARY KEY, a text);
-- target
CREATE TABLE t (id integer PRIMARY KEY, a varchar(5));
CREATE VIEW v AS SELECT a FROM t;
