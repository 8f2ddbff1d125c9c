-- Dropping text, jsonb, numeric, timestamptz, bytea and enum-array columns from a table keyed by a composite primary key (the enum goes too).
CREATE TABLE tenant_settings (
    tenant_id integer NOT NULL,
    setting_key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (tenant_id, setting_key)
);
