-- Removing OWNED BY from a serial column's sequence (the sequence and default stay).
CREATE SEQUENCE tickets_id_seq AS integer;

CREATE TABLE tickets (
    id integer NOT NULL DEFAULT nextval('tickets_id_seq'::regclass) PRIMARY KEY,
    title text NOT NULL
);
