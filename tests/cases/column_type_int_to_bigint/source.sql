-- Changing a column type integer -> bigint (PK column and a plain column).
CREATE TABLE events (
    id integer PRIMARY KEY,
    counter integer NOT NULL DEFAULT 0
);
