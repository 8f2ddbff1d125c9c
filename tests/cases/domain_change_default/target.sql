-- Changing a domain's default; a second domain gets a default and a third loses it.
CREATE DOMAIN country_code AS char(2) DEFAULT 'FR';
CREATE DOMAIN quantity AS integer DEFAULT 1;
CREATE DOMAIN created_ts AS timestamptz;

CREATE TABLE addresses (
    id integer PRIMARY KEY,
    country country_code NOT NULL,
    units quantity,
    created created_ts
);
