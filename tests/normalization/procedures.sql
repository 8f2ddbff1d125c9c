-- Rule: procedures. pg_dump prints CREATE PROCEDURE public.p(IN ...) with LANGUAGE
-- before AS and the $$ body unchanged; INOUT params and defaults kept.
CREATE TABLE transfers (
    id          serial PRIMARY KEY,
    from_acct   integer NOT NULL,
    to_acct     integer NOT NULL,
    amount      numeric(12,2) NOT NULL
);

CREATE PROCEDURE record_transfer(p_from int, p_to int, p_amount numeric)
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO transfers (from_acct, to_acct, amount) VALUES (p_from, p_to, p_amount);
END;
$$;

CREATE OR REPLACE PROCEDURE purge_small_transfers(INOUT removed integer DEFAULT 0, threshold numeric DEFAULT 1)
LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM transfers WHERE amount < threshold;
    GET DIAGNOSTICS removed = ROW_COUNT;
END;
$$;
