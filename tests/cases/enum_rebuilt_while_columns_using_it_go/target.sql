-- An enum rebuilt (values reordered) while columns of SOURCE that use it go: a column dropped, a table dropped, a table moved to another schema. The old type is dropped after them.
CREATE SCHEMA other;
CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE person (id int PRIMARY KEY, name text, current_mood mood);
CREATE TABLE other.moved (id int PRIMARY KEY, m mood);
