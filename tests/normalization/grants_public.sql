-- Rule: GRANT/REVOKE to PUBLIC. pg_dump prints object kinds explicitly
-- (GRANT SELECT ON TABLE public.t TO PUBLIC), privileges comma-joined without spaces
-- (GRANT SELECT,INSERT ...), column grants as GRANT SELECT(col) ..., and
-- REVOKE ALL ON FUNCTION public.f() FROM PUBLIC for the default EXECUTE grant removed.
CREATE TABLE price_list (
    id      integer PRIMARY KEY,
    item    text NOT NULL,
    price   numeric(10,2),
    cost    numeric(10,2)
);

CREATE TABLE feedback (
    id      serial PRIMARY KEY,
    message text NOT NULL
);

CREATE FUNCTION secret_margin() RETURNS numeric LANGUAGE sql
    AS $$ SELECT sum(price - cost) FROM price_list $$;

CREATE FUNCTION public_version() RETURNS text LANGUAGE sql
    AS $$ SELECT '1.0'::text $$;

GRANT SELECT ON price_list TO PUBLIC;
GRANT SELECT, INSERT ON TABLE feedback TO public;
GRANT USAGE ON SEQUENCE feedback_id_seq TO PUBLIC;
GRANT UPDATE (message) ON feedback TO PUBLIC;
REVOKE ALL ON FUNCTION secret_margin() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public_version() FROM public;
GRANT EXECUTE ON FUNCTION public_version() TO PUBLIC;
