-- PostgreSQL 18: NOT NULL constraints with names and NO INHERIT: one renamed, one set with a name, one added with its column, NO INHERIT taken away and given.
CREATE TABLE accounts (
    id integer CONSTRAINT accounts_id_required NOT NULL,
    email text NOT NULL,
    nickname text,
    region text CONSTRAINT accounts_region_given NOT NULL NO INHERIT
);

CREATE TABLE staff (
    id integer NOT NULL,
    login text,
    CONSTRAINT staff_login_present NOT NULL login
);
