-- An enum gains a value that a new default uses, so it is committed before the transaction, while
-- a new NOT NULL column without a default meets rows (as does a child joining a parent with one):
-- the pre-flights run before that commit too, so the refused migration leaves no value behind
-- (semantic fuzzer seed 5000 pair 1869).
CREATE TYPE ticket_state AS ENUM ('open', 'closed');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'open'
);

CREATE TABLE people (
    id bigint NOT NULL
);

CREATE TABLE agents (
    id bigint NOT NULL,
    name text
);
