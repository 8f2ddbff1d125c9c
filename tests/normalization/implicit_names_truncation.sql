-- Rule: implicit names longer than 63 bytes are truncated (PostgreSQL shortens the
-- table part and the column part, then appends _pkey/_key/_fkey/_check/_idx).
CREATE TABLE international_shipping_rate_configuration_overrides (
    id integer PRIMARY KEY,
    origin_country_subdivision_identifier_code text UNIQUE,
    destination_country_subdivision_identifier_code text,
    maximum_declared_customs_value_in_minor_units integer
        CHECK (maximum_declared_customs_value_in_minor_units > 0)
);

CREATE TABLE international_shipping_rate_configuration_override_audit_entries (
    id integer PRIMARY KEY,
    rate_configuration_override_identifier integer
        REFERENCES international_shipping_rate_configuration_overrides (id)
);

CREATE INDEX ON international_shipping_rate_configuration_overrides
    (destination_country_subdivision_identifier_code);
