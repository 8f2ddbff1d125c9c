-- Changing a sequence's data type (AS smallint -> AS bigint).
CREATE SEQUENCE small_seq AS smallint;
