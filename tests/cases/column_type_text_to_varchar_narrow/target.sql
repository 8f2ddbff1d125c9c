-- Changing a column type text -> varchar(20) (narrowing; fine on an empty table).
CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(20) NOT NULL DEFAULT 'NONE'
);
