-- Adding a primary key to a table that has none.
CREATE TABLE settings (
    key text NOT NULL,
    value text,
    CONSTRAINT settings_pkey PRIMARY KEY (key)
);
