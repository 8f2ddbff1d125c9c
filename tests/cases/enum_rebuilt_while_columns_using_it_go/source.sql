-- An enum rebuilt (values reordered) while columns of SOURCE that use it go: a column dropped, a table dropped, a table moved to another schema. The old type is dropped after them.
CREATE SCHEMA other;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id int PRIMARY KEY, name text, current_mood mood, old_mood mood DEFAULT 'ok');
CREATE TABLE mood_log (id int PRIMARY KEY, logged mood NOT NULL);
CREATE TABLE moved (id int PRIMARY KEY, m mood);
