-- A parent and the enum of one of its columns move to another schema (no --rename: dropped and created) while the child, in a schema that stays, joins the new parent: the child's column, its own after NO INHERIT and still of the old enum, takes the new enum before INHERIT.
CREATE SCHEMA shop;
CREATE SCHEMA legacy;
CREATE TYPE legacy.grade AS ENUM ('low', 'high');
CREATE TABLE legacy.products (
    id integer NOT NULL,
    quality legacy.grade
);
CREATE TABLE shop.books (
    pages smallint
) INHERITS (legacy.products);
