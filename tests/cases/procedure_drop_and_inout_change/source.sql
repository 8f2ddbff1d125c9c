-- Dropping one procedure and changing another's INOUT argument to IN (signature change).
CREATE PROCEDURE noop_proc()
    LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;

CREATE PROCEDURE bump(INOUT counter integer)
    LANGUAGE plpgsql AS $$ BEGIN counter := counter + 1; END $$;
