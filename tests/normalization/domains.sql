-- Rule: domains; base type normalized, NOT NULL printed inline, implicit CHECK names
-- <domain>_check, CHECK bodies parenthesized with casts ((VALUE >= (0)::numeric)),
-- LIKE printed as the operator ~~ ((VALUE ~~ '%@%'::text)).
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
CREATE DOMAIN price AS numeric(10,2) NOT NULL CHECK (VALUE >= 0);
CREATE DOMAIN email_address AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN us_zip AS text DEFAULT '00000'
    CHECK (length(VALUE) = 5 OR length(VALUE) = 10);
CREATE DOMAIN country_code AS varchar(2) NOT NULL DEFAULT 'US';
CREATE DOMAIN score AS smallint NOT NULL DEFAULT 0
    CHECK (VALUE >= 0) CHECK (VALUE <= 100);

CREATE TABLE catalog_entries (
    id        integer PRIMARY KEY,
    qty       positive_int,
    amount    price,
    contact   email_address,
    zip       us_zip,
    country   country_code,
    rating    score
);
