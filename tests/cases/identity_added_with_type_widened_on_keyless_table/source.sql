-- A column of a table without a key widened and made an identity at once: the rollback drops the identity and narrows it back.
CREATE TABLE visits (
    id integer NOT NULL,
    page integer
);
