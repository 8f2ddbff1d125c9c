-- An enum is reordered while a CHECK compares its column with a label and a view reads it; another enum gains a value a new default and CHECK use in the same migration.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id int PRIMARY KEY, m mood, CONSTRAINT person_not_angry CHECK (m <> 'sad'));
CREATE VIEW happy_people AS SELECT id, m FROM person WHERE m = 'happy';
CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE task (id int PRIMARY KEY, s state DEFAULT 'new');
