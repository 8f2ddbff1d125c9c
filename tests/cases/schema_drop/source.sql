-- Dropping a schema that holds a table, a view and a sequence.
CREATE SCHEMA staging;

CREATE SEQUENCE staging.batch_seq;

CREATE TABLE staging.raw_events (
    id bigint PRIMARY KEY DEFAULT nextval('staging.batch_seq'),
    payload jsonb
);

CREATE VIEW staging.recent_events AS
    SELECT id, payload FROM staging.raw_events WHERE id > 1000;

CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb
);
