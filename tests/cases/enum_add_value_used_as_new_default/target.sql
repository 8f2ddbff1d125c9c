-- Adding an enum value and using it as a column default in the same migration.
CREATE TYPE ticket_state AS ENUM ('triage', 'open', 'closed');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'triage'
);
