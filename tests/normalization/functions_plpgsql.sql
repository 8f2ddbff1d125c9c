-- Rule: plpgsql functions. pg_dump prints CREATE FUNCTION public.f(arg type ...) RETURNS type
-- LANGUAGE plpgsql [volatility/STRICT/SECURITY DEFINER] [SET ...] AS $$body$$ with the body
-- byte-for-byte unchanged; argument and return types normalized (int -> integer).
CREATE TABLE accounts (
    id       integer PRIMARY KEY,
    balance  numeric(12,2) NOT NULL DEFAULT 0
);

CREATE OR REPLACE FUNCTION add_numbers(a int, b int)
RETURNS int
LANGUAGE plpgsql IMMUTABLE STRICT
AS $$
BEGIN
    RETURN a + b;
END;
$$;

create function account_balance(p_id integer) returns numeric as $fn$
declare
    v numeric;
begin
    select balance into v from accounts where id = p_id;
    return coalesce(v, 0);
end
$fn$ language plpgsql stable security definer;

CREATE FUNCTION log_message(msg text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public
    AS 'begin raise notice ''%'', msg; end';
