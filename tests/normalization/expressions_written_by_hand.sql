-- Expressions and view queries written as people write them; pg_dump prints each as PostgreSQL
-- stores it: BETWEEN as >= AND <=, IN (constants) as = ANY (ARRAY[...]), LIKE as ~~, casts on
-- constants, parentheses, bare columns qualified by their relation, SELECT * expanded, joins in
-- parentheses, AS on every item not named after its column.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL CHECK (name NOT LIKE '% %' OR name LIKE 'The %'),
    code varchar(10) NOT NULL CHECK (code IN ('a', 'b', 'c')),
    kind text CHECK (kind NOT IN ('x', 'y')),
    level integer DEFAULT 1 CHECK (level BETWEEN 1 AND 10),
    score integer CHECK (score NOT BETWEEN -5 AND -1),
    tags text[] DEFAULT '{a,b}',
    labels text[] DEFAULT ARRAY['a', 'b'],
    joined timestamptz DEFAULT now(),
    seen timestamptz DEFAULT CURRENT_TIMESTAMP,
    note text DEFAULT COALESCE(NULL, 'none'),
    flag boolean CHECK (NOT (level = score))
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    total numeric(12,2) NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid'))
);
CREATE VIEW all_customers AS SELECT * FROM customers;
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open' AND total BETWEEN 10 AND 100;
CREATE VIEW big_totals AS SELECT customer_id, sum(total) AS spent, count(*) FROM orders GROUP BY 1 HAVING sum(total) > 100 ORDER BY spent DESC;
CREATE VIEW customer_orders AS
    SELECT c.name, o.total, CASE WHEN o.total > 50 THEN 'big' ELSE 'small' END AS size
    FROM customers AS c INNER JOIN orders o ON o.customer_id = c.id LEFT OUTER JOIN orders o2 ON o2.id = o.id
    WHERE c.code IN ('a', 'b') AND c.name LIKE 'A%';
CREATE INDEX customers_lower_name ON customers (lower(name)) WHERE level BETWEEN 2 AND 3;
