-- A generated column turned plain keeps its comment (the column is dropped and added again).
CREATE TABLE t (id int PRIMARY KEY, a int, g int GENERATED ALWAYS AS (a * 2) STORED);
COMMENT ON COLUMN t.g IS 'twice a';
