-- Dropping one procedure and changing another's INOUT argument to IN (signature change).
CREATE PROCEDURE bump(IN counter integer, INOUT result integer DEFAULT NULL)
    LANGUAGE plpgsql AS $$ BEGIN result := counter + 1; END $$;
