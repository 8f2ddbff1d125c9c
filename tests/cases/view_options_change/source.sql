-- Changing view options: security_barrier added, WITH CHECK OPTION added, security_invoker set.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    region text NOT NULL,
    balance numeric NOT NULL
);

CREATE VIEW eu_accounts AS
    SELECT id, region, balance FROM accounts WHERE region = 'eu';

CREATE VIEW us_accounts WITH (security_barrier) AS
    SELECT id, region, balance FROM accounts WHERE region = 'us';
