-- An index and a key give their names to objects of another table, and an index and a key swap forms under one name.
CREATE TABLE a (id int, v text);
CREATE TABLE b (id int, v text);
CREATE INDEX shared_idx ON b (v);
ALTER TABLE b ADD CONSTRAINT shared_key UNIQUE (id);
CREATE UNIQUE INDEX moved_idx ON a (id, v);
CREATE TABLE c (id int);
CREATE UNIQUE INDEX c_pk ON c (id);
