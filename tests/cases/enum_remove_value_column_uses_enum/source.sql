-- Removing an enum value while a column uses the enum (needs a type rebuild).
CREATE TYPE order_status AS ENUM ('new', 'pending', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL
);
