-- Two sequences owned by columns of a table that becomes partitioned (rebuilt): one keeps its
-- options, the other changes its increment. Both stay, with their values, owned by the new table.
CREATE SEQUENCE public.order_numbers;
CREATE SEQUENCE public.batch_numbers INCREMENT BY 2;
CREATE TABLE public.orders (
    id integer NOT NULL,
    number bigint DEFAULT nextval('public.order_numbers'::regclass) NOT NULL,
    batch bigint
);
ALTER SEQUENCE public.order_numbers OWNED BY public.orders.number;
ALTER SEQUENCE public.batch_numbers OWNED BY public.orders.batch;
