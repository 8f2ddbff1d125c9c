-- No-op: the same bodies quoted with a plain string and a named dollar tag; attributes in another order.
CREATE FUNCTION public.add_one(x int4) RETURNS int4
    AS 'SELECT x + 1'
    IMMUTABLE LANGUAGE sql;

CREATE FUNCTION shout(t text) RETURNS text
    LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER
    AS $body$BEGIN RETURN upper(t) || '!'; END$body$;
