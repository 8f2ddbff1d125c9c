-- Dropping a whole schema with its tables and a view over them; the tables' rows are held outside it and come back.
CREATE TABLE orders (
    id integer PRIMARY KEY
);
