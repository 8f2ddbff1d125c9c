-- Changing a trigger's arguments and switching another from row-level to statement-level with a transition table.
CREATE TABLE stock (
    sku text PRIMARY KEY,
    qty integer NOT NULL
);

CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% on %', TG_ARGV[0], TG_TABLE_NAME;
    RETURN NULL;
END $$;

CREATE TRIGGER stock_audit_ins AFTER INSERT ON stock
    FOR EACH ROW EXECUTE FUNCTION audit('insert');

CREATE TRIGGER stock_audit_upd AFTER UPDATE ON stock
    FOR EACH ROW EXECUTE FUNCTION audit('update');
