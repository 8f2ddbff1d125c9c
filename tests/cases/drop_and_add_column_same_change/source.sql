-- Dropping one column and adding another in the same table (not a rename).
CREATE TABLE profiles (
    id integer PRIMARY KEY,
    birth_year integer
);
