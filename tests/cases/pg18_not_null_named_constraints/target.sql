-- PostgreSQL 18: NOT NULL constraints with names and NO INHERIT: one renamed, one set with a name, one added with its column, NO INHERIT taken away and given.
CREATE TABLE accounts (
    id integer CONSTRAINT accounts_id_present NOT NULL,
    email text NOT NULL,
    nickname text CONSTRAINT accounts_nickname_required NOT NULL,
    region text CONSTRAINT accounts_region_given NOT NULL,
    joined date CONSTRAINT accounts_joined_known NOT NULL DEFAULT DATE '2026-01-01'
);

CREATE TABLE staff (
    id integer NOT NULL,
    login text,
    CONSTRAINT staff_login_present NOT NULL login NO INHERIT
);
