-- A domain over an enum gets a CHECK, and a new domain over an array of it is created.
CREATE TYPE rgb AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN primary_color AS rgb CHECK (VALUE <> 'green');
CREATE DOMAIN color_list AS rgb[] CHECK (cardinality(VALUE) <= 3);

CREATE TABLE swatches (
    id integer PRIMARY KEY,
    color primary_color NOT NULL,
    mix color_list
);
