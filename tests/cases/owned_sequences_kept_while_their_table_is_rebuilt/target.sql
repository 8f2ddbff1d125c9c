CREATE SEQUENCE public.order_numbers;
CREATE SEQUENCE public.batch_numbers INCREMENT BY 3;
CREATE TABLE public.orders (
    id integer NOT NULL,
    number bigint DEFAULT nextval('public.order_numbers'::regclass) NOT NULL,
    batch bigint
) PARTITION BY RANGE (id);
CREATE TABLE public.orders_low PARTITION OF public.orders FOR VALUES FROM (MINVALUE) TO (1000000);
CREATE TABLE public.orders_high PARTITION OF public.orders FOR VALUES FROM (1000000) TO (MAXVALUE);
ALTER SEQUENCE public.order_numbers OWNED BY public.orders.number;
ALTER SEQUENCE public.batch_numbers OWNED BY public.orders.batch;
