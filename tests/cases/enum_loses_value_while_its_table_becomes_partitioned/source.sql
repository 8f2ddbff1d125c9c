-- An enum loses a value while a table with a column of it becomes partitioned: the table is held (moved away) before the enum is rebuilt, so the enum's pre-flight on that table's rows is skipped then (the rebuilt table is filled from the holding).
CREATE TYPE ticket_state AS ENUM ('draft', 'open');
CREATE TABLE tickets (
    id bigint NOT NULL,
    state ticket_state
);
