-- Comments on an enum, a composite type, a composite attribute and a domain.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TYPE address AS (
    street text,
    city text,
    zip text
);

CREATE DOMAIN zip_code AS text CHECK (VALUE ~ '^[0-9]{5}$');

COMMENT ON TYPE address IS 'Postal address';
COMMENT ON COLUMN address.zip IS 'Postal code, not validated';
COMMENT ON DOMAIN zip_code IS 'Five digit US zip code';
