-- Adding a WHEN condition to a trigger and changing another trigger's WHEN.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric NOT NULL,
    status text NOT NULL
);

CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'changed %', NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER accounts_balance_log AFTER UPDATE ON accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION log_change();

CREATE TRIGGER accounts_status_log AFTER UPDATE ON accounts
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION log_change();
