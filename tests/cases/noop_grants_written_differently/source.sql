-- No-op: grants to PUBLIC written as ALL PRIVILEGES and lower-case public.
CREATE TABLE lookup (
    id integer PRIMARY KEY
);

GRANT ALL PRIVILEGES ON lookup TO public;
REVOKE TRUNCATE ON lookup FROM public;
