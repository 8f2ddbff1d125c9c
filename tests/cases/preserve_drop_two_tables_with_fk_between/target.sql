-- Dropping two tables with serial keys where one references the other (and a kept table); their rows are held and come back.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE
);
