-- Dropping a foreign key column and the table it references; the rollback brings back the table, then the column with its values, then the foreign key.
CREATE TABLE sales_regions (
    id smallint PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE sales_reps (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    region_id smallint REFERENCES sales_regions (id) ON DELETE SET NULL
);
