-- Removing OWNED BY from a serial column's sequence (the sequence and default stay).
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    title text NOT NULL
);
