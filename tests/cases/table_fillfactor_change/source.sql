-- Changing a table's fillfactor storage parameter.
CREATE TABLE counters (
    name text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 90);
