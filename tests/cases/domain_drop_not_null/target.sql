-- Dropping NOT NULL from a domain.
CREATE DOMAIN nonempty_text AS text CHECK (VALUE <> '');
