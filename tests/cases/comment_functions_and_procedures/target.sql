-- Comments on a function (change) and on a procedure (add); overloads are told apart by arguments.
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;

CREATE FUNCTION add_tax(amount numeric, rate numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT amount * (1 + rate) $$;

CREATE PROCEDURE purge_nothing()
    LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

COMMENT ON FUNCTION add_tax(numeric) IS 'Adds the default 20% VAT';
COMMENT ON FUNCTION add_tax(numeric, numeric) IS 'Adds VAT at the given rate';
COMMENT ON PROCEDURE purge_nothing() IS 'Placeholder for the purge job';
