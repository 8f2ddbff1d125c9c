-- Rule: numeric defaults as pg_dump prints them.
-- DEFAULT -1 on integer -> DEFAULT '-1'::integer; DEFAULT 0 on numeric(p,s) -> DEFAULT 0;
-- DEFAULT 0.00 -> DEFAULT 0.00; DEFAULT -2.5 -> DEFAULT '-2.5'::numeric; DEFAULT (5) -> DEFAULT 5;
-- bigint DEFAULT -100 -> DEFAULT '-100'::integer (the literal's type, not the column's).
CREATE TABLE accounts (
    id            integer PRIMARY KEY,
    balance       numeric(12,2) NOT NULL DEFAULT 0,
    credit_limit  numeric(12,2) DEFAULT 0.00,
    fee_rate      numeric DEFAULT 0.015,
    adjustment    numeric(6,2) DEFAULT -2.5,
    parent_id     integer DEFAULT -1,
    retries       smallint DEFAULT 3,
    big_offset    bigint DEFAULT -100,
    priority      integer DEFAULT (5),
    weight        double precision DEFAULT 1.5,
    ratio         real DEFAULT 0
);
