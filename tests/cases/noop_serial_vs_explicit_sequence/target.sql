-- No-op: the same columns spelled as integer + sequence + nextval default + OWNED BY.
CREATE SEQUENCE orders_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE SEQUENCE orders_line_no_seq;

CREATE TABLE orders (
    id integer NOT NULL DEFAULT nextval('orders_id_seq'::regclass),
    line_no bigint NOT NULL DEFAULT nextval('public.orders_line_no_seq'),
    note text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE orders_id_seq OWNED BY orders.id;
ALTER SEQUENCE orders_line_no_seq OWNED BY public.orders.line_no;
