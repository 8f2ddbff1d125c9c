-- Revoking PUBLIC's default USAGE on a type and granting it back on a domain that had it revoked.
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE DOMAIN short_text AS varchar(40);

REVOKE USAGE ON DOMAIN short_text FROM PUBLIC;
