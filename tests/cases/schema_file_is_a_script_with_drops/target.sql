-- A schema file is a script: DROP ... IF EXISTS first (pg_dump --clean), and objects dropped and defined again further down.
CREATE SCHEMA app;
CREATE TYPE app.order_state AS ENUM ('open', 'closed');
CREATE SEQUENCE app.order_numbers;
CREATE TABLE app.orders (id serial PRIMARY KEY, state app.order_state NOT NULL DEFAULT 'open', placed timestamptz, note text);
CREATE INDEX orders_placed_idx ON app.orders (placed);
CREATE VIEW app.open_orders AS SELECT id, placed, note FROM app.orders WHERE state = 'open';
