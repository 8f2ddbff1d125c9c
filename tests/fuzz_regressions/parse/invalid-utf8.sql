CREATE TABLE t (name text DEFAULT 'ÿþ');
