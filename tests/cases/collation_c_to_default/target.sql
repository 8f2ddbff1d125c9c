-- Changing a column's collation from "C" back to the database default, and "C" on a varchar.
CREATE TABLE names (
    id integer PRIMARY KEY,
    sort_key text,
    code varchar(10) COLLATE "C"
);
