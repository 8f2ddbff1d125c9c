-- Dropping a NOT NULL column with a default and a CHECK; it comes back NOT NULL with its values.
CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan_name text NOT NULL,
    billing_cycle text NOT NULL DEFAULT 'monthly' CHECK (billing_cycle IN ('monthly', 'yearly')),
    renews_on date
);
