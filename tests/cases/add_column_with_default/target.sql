-- Adding columns with constant and volatile defaults.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    is_active boolean DEFAULT true,
    signup_source text DEFAULT 'web',
    created_at timestamptz DEFAULT now()
);
