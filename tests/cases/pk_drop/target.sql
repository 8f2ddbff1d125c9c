-- Dropping a primary key (the column stays NOT NULL because it was declared so).
CREATE TABLE settings (
    key text NOT NULL,
    value text
);
