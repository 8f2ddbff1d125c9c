-- Two UNLOGGED tables linked by an FK both become logged (the referenced one must go first).
CREATE UNLOGGED TABLE carts (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNLOGGED TABLE cart_items (
    id integer PRIMARY KEY,
    cart_id integer NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    sku text NOT NULL
);
