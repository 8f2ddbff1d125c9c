-- Names freed and taken by another kind in one migration: an index, a sequence, a view, a key and an enum give their names to new tables and an index.
CREATE TABLE a (id int, v text);
CREATE INDEX thing ON a (v);
CREATE SEQUENCE counter;
CREATE VIEW shown AS SELECT id FROM a;
ALTER TABLE a ADD CONSTRAINT a_key UNIQUE (id);
CREATE TYPE mood AS ENUM ('x');
