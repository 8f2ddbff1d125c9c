-- Changing numeric precision/scale and timestamp -> timestamptz.
CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount numeric(12,4) NOT NULL,
    paid_at timestamp with time zone
);
