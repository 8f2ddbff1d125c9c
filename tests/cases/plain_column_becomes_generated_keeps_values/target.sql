-- A plain column turned generated: its values are held, and the rollback brings them back.
CREATE TABLE t (id int PRIMARY KEY, a smallint, c smallint GENERATED ALWAYS AS (a * 2) STORED);
