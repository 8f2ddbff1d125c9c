-- Dropping a NOT NULL column with a default and a CHECK; it comes back NOT NULL with its values.
CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan_name text NOT NULL,
    renews_on date
);
