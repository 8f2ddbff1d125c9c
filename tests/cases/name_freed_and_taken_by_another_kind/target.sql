-- Names freed and taken by another kind in one migration: an index, a sequence, a view, a key and an enum give their names to new tables and an index.
CREATE TABLE a (id int, v text);
CREATE TABLE thing (id int);
CREATE TABLE counter (n int);
CREATE TABLE shown (id int);
CREATE INDEX a_key ON a (id);
CREATE TABLE mood (x int);
