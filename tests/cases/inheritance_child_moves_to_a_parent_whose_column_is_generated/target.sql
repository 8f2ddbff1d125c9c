-- A child moves to a parent whose column of the same name is generated where the old parent's
-- is plain: INHERIT needs the child's column generated too, and no ALTER makes a column
-- generated, so the child's column is dropped (its values held by the child's key) and added
-- again generated; the rollback turns it back into a plain column with its values (semantic
-- fuzzer seed 4000 pair 2126).
CREATE TABLE readings (
    id integer NOT NULL,
    celsius integer,
    raw bigint NOT NULL
);

CREATE TABLE readings_v2 (
    id integer NOT NULL,
    celsius integer GENERATED ALWAYS AS (raw / 10) STORED,
    raw bigint NOT NULL
);

CREATE TABLE "readings 2024" (
    note text,
    PRIMARY KEY (id)
) INHERITS (readings_v2);
