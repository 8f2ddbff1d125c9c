-- Rule: the implicit sequence name is not always <table>_<column>_seq.
-- * mixed-case unquoted table -> folded: orderheaders_orderid_seq
-- * quoted mixed-case table   -> "Shipments_Id_seq"
-- * a relation already named tickets_id_seq exists -> the serial gets tickets_id_seq1
-- * very long table/column names -> name truncated to 63 bytes
CREATE TABLE OrderHeaders (
    OrderId  serial PRIMARY KEY,
    placed   date
);

CREATE TABLE "Shipments" (
    "Id"     serial PRIMARY KEY,
    carrier  text
);

CREATE SEQUENCE tickets_id_seq;
CREATE TABLE tickets (
    id       serial PRIMARY KEY,
    legacy   integer DEFAULT nextval('tickets_id_seq')
);

CREATE TABLE customer_subscription_billing_history_entries_archive (
    subscription_billing_history_entry_identifier bigserial PRIMARY KEY,
    amount numeric(10,2)
);
