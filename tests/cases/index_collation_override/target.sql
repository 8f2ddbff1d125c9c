-- An index that sets its own collation ("C") on a column that has the default collation.
CREATE TABLE paths (
    id integer PRIMARY KEY,
    path text NOT NULL
);

CREATE INDEX paths_path_idx ON paths (path COLLATE "C" text_pattern_ops);
