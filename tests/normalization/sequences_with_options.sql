-- Rule: standalone sequences. pg_dump always prints START WITH, INCREMENT BY,
-- [NO] MINVALUE, [NO] MAXVALUE, CACHE, adds AS integer/smallint (not for bigint),
-- prints a descending sequence's default MAXVALUE -1 as NO MAXVALUE,
-- and prints OWNED BY as a separate ALTER SEQUENCE.
CREATE SEQUENCE order_number_seq;
CREATE SEQUENCE invoice_no_seq START 1000 INCREMENT 5;
CREATE SEQUENCE ticket_seq AS integer START WITH 1 MAXVALUE 99999 CYCLE;
CREATE SEQUENCE countdown_seq INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 START WITH -1;
CREATE SEQUENCE batch_seq AS smallint CACHE 20 NO CYCLE;
CREATE SEQUENCE big_seq AS bigint MINVALUE 10 START 10;

CREATE TABLE receipts (
    id      integer NOT NULL DEFAULT nextval('order_number_seq'),
    code    bigint
);
ALTER SEQUENCE order_number_seq OWNED BY receipts.id;
