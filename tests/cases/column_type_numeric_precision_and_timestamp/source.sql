-- Changing numeric precision/scale and timestamp -> timestamptz.
CREATE TABLE payments (
    id integer PRIMARY KEY,
    amount numeric(8,2) NOT NULL,
    paid_at timestamp without time zone
);
