-- Disabling a trigger and creating a deferrable constraint trigger.
CREATE TABLE ledger (
    id integer PRIMARY KEY,
    debit numeric NOT NULL DEFAULT 0,
    credit numeric NOT NULL DEFAULT 0
);

CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(debit) - sum(credit) FROM ledger) <> 0 THEN
        RAISE EXCEPTION 'ledger out of balance';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ledger_balance_stmt AFTER INSERT ON ledger
    FOR EACH STATEMENT EXECUTE FUNCTION check_balance();
ALTER TABLE ledger DISABLE TRIGGER ledger_balance_stmt;

CREATE CONSTRAINT TRIGGER ledger_balance_deferred AFTER INSERT OR UPDATE ON ledger
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_balance();
