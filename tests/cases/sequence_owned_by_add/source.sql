-- Making an existing sequence OWNED BY the column whose default uses it.
CREATE SEQUENCE tickets_id_seq;

CREATE TABLE tickets (
    id integer NOT NULL DEFAULT nextval('tickets_id_seq') PRIMARY KEY,
    title text NOT NULL
);
