-- No-op: everything unqualified (resolves to public).
CREATE TYPE status AS ENUM ('on', 'off');

CREATE TABLE devices (
    id integer PRIMARY KEY,
    state status NOT NULL DEFAULT 'off'
);

CREATE INDEX devices_state_idx ON devices (state);
CREATE VIEW devices_on AS SELECT id FROM devices WHERE state = 'on';
CREATE FUNCTION device_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM devices $$;
