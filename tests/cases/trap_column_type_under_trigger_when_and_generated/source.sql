-- Trap: a column type change (integer -> numeric) under a trigger WHEN clause and a generated column.
CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount integer NOT NULL,
    amount_with_tax numeric GENERATED ALWAYS AS (amount * 1.2) STORED
);

CREATE FUNCTION log_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'price % changed', NEW.id;
    RETURN NEW;
END $$;

CREATE TRIGGER prices_changed AFTER UPDATE ON prices
    FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount) EXECUTE FUNCTION log_price();
