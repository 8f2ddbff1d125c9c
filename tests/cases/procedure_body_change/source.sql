-- Changing a procedure's body.
CREATE TABLE queue (
    id bigint PRIMARY KEY,
    done boolean NOT NULL DEFAULT false
);

CREATE PROCEDURE reset_queue()
    LANGUAGE sql AS $$ UPDATE queue SET done = false $$;
