-- Rule: enum types; pg_dump prints one label per line, schema-qualified type names,
-- and a default on an enum column as 'label'::public.type_name.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
Create Type Ticket_Priority as enum ('low','normal','high','urgent');

CREATE TABLE support_tickets (
    id        integer PRIMARY KEY,
    priority  ticket_priority NOT NULL DEFAULT 'normal',
    reporter_mood mood,
    history   ticket_priority[]
);

ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
ALTER TYPE ticket_priority ADD VALUE 'trivial' BEFORE 'low';
