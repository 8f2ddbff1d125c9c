-- Trap: a standalone sequence used by a nextval default is dropped; the column gets an identity instead.
CREATE SEQUENCE shared_id_seq;

CREATE TABLE things (
    id bigint NOT NULL DEFAULT nextval('shared_id_seq') PRIMARY KEY,
    name text
);
