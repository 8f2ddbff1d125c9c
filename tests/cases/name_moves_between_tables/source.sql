-- An index and a key give their names to objects of another table, and an index and a key swap forms under one name.
CREATE TABLE a (id int, v text);
CREATE TABLE b (id int, v text);
CREATE INDEX shared_idx ON a (v);
ALTER TABLE a ADD CONSTRAINT shared_key UNIQUE (id);
CREATE INDEX moved_idx ON a (id);
CREATE TABLE c (id int CONSTRAINT c_pk PRIMARY KEY);
