-- Dropping a table together with the view that reads it (the view must go first).
CREATE TABLE temp_imports (
    id integer PRIMARY KEY,
    payload text
);

CREATE VIEW temp_import_sizes AS
    SELECT id, length(payload) AS size FROM temp_imports;

CREATE TABLE kept (
    id integer PRIMARY KEY
);
