-- Changing a sequence's data type (AS smallint -> AS bigint).
CREATE SEQUENCE small_seq AS bigint;

CREATE TABLE batches (
    id bigint PRIMARY KEY DEFAULT nextval('small_seq'),
    label text
);
