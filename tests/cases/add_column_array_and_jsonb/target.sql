-- Adding array, jsonb, numeric and interval columns with typed defaults.
CREATE TABLE jobs (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    options jsonb NOT NULL DEFAULT '{"retries": 3}'::jsonb,
    weight numeric(6,3) DEFAULT -1.5,
    timeout interval DEFAULT '00:05:00'
);
