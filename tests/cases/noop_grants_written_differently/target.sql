-- No-op: the same grants listed one by one.
CREATE TABLE lookup (
    id integer PRIMARY KEY
);

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE lookup TO PUBLIC;
GRANT REFERENCES ON TABLE public.lookup TO PUBLIC;
GRANT TRIGGER ON lookup TO PUBLIC;
