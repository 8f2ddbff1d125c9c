-- Trap: a composite type, the function taking it and the table column using it are all dropped.
CREATE TABLE parcels (
    id integer PRIMARY KEY
);
