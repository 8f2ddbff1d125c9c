-- Dropping a foreign key column and the table it references; the rollback brings back the table, then the column with its values, then the foreign key.
CREATE TABLE sales_reps (
    id integer PRIMARY KEY,
    full_name text NOT NULL
);
