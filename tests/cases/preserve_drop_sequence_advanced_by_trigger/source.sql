-- Dropping a sequence that a trigger advanced on every insert (with the trigger and its function); the rollback puts its position back.
CREATE SEQUENCE receipt_number_seq START 500;

CREATE FUNCTION assign_receipt_number() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.receipt_number := nextval('receipt_number_seq');
    RETURN NEW;
END
$$;

CREATE TABLE receipts (
    id integer PRIMARY KEY,
    receipt_number bigint,
    total numeric(10,2) NOT NULL
);

CREATE TRIGGER receipts_assign_number BEFORE INSERT ON receipts
    FOR EACH ROW EXECUTE FUNCTION assign_receipt_number();
