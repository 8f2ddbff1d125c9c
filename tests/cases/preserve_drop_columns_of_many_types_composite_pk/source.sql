-- Dropping text, jsonb, numeric, timestamptz, bytea and enum-array columns from a table keyed by a composite primary key (the enum goes too).
CREATE TYPE delivery_channel AS ENUM ('email', 'sms', 'push');

CREATE TABLE tenant_settings (
    tenant_id integer NOT NULL,
    setting_key text NOT NULL,
    value text NOT NULL,
    description text,
    payload jsonb NOT NULL DEFAULT '{}',
    price_limit numeric(10,3),
    changed_at timestamptz,
    signature bytea,
    channels delivery_channel[],
    PRIMARY KEY (tenant_id, setting_key)
);
