-- Rule: index variants; pg_dump prints USING btree explicitly, WHERE ((...)),
-- expression keys in their own parentheses, DESC/NULLS, INCLUDE, and other access methods.
CREATE TABLE orders (
    id          integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status      text NOT NULL,
    email       text,
    total       numeric(10,2),
    created_at  timestamptz NOT NULL,
    deleted_at  timestamptz,
    tags        text[],
    meta        jsonb
);

CREATE INDEX orders_open_idx ON orders (customer_id) WHERE status = 'open';
CREATE INDEX orders_live_idx ON orders (created_at) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX orders_email_lower_uidx ON orders (lower(email));
CREATE INDEX orders_recent_idx ON orders (created_at DESC NULLS LAST, id);
CREATE INDEX orders_customer_cover_idx ON orders (customer_id) INCLUDE (total, status);
CREATE INDEX orders_tags_gin ON orders USING gin (tags);
CREATE INDEX orders_meta_idx ON orders USING GIN (meta jsonb_path_ops);
CREATE INDEX orders_status_hash ON orders USING hash (status);
CREATE INDEX orders_created_brin ON orders USING brin (created_at);
