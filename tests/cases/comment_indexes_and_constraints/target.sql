-- Comments on an index, a table constraint and a domain constraint.
CREATE DOMAIN percent AS integer CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);

CREATE TABLE discounts (
    id integer CONSTRAINT discounts_pkey PRIMARY KEY,
    code text NOT NULL,
    rate percent NOT NULL,
    CONSTRAINT discounts_code_format CHECK (code ~ '^[A-Z0-9]+$')
);

CREATE INDEX discounts_rate_idx ON discounts (rate);

COMMENT ON INDEX discounts_rate_idx IS 'Used by the rate report';
COMMENT ON CONSTRAINT discounts_code_format ON discounts IS 'Upper-case codes only';
COMMENT ON CONSTRAINT discounts_pkey ON discounts IS 'Surrogate key';
COMMENT ON CONSTRAINT percent_range ON DOMAIN percent IS '0 to 100 inclusive';
