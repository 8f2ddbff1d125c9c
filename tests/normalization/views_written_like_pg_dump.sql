-- Rule: views / materialized views. pg_dump re-deparses view bodies, so the bodies below
-- are written exactly as pg_dump 15 prints them; tables, COMMENT, GRANT are hand-written.
CREATE TABLE customers (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    country char(2),
    active  boolean NOT NULL DEFAULT true
);
CREATE TABLE orders (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    total       numeric(10,2) NOT NULL
);

CREATE VIEW public.active_customers AS
 SELECT customers.id,
    customers.name,
    customers.country
   FROM public.customers
  WHERE customers.active;

CREATE VIEW public.customer_totals AS
 SELECT c.id,
    c.name,
    sum(o.total) AS total_spent,
    count(o.id) AS order_count
   FROM (public.customers c
     JOIN public.orders o ON ((o.customer_id = c.id)))
  GROUP BY c.id, c.name;

CREATE MATERIALIZED VIEW public.orders_per_country AS
 SELECT c.country,
    count(*) AS n
   FROM (public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  GROUP BY c.country
  WITH NO DATA;

COMMENT ON VIEW active_customers IS 'Customers that can still order';
GRANT SELECT ON active_customers TO PUBLIC;
