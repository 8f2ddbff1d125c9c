-- PostgreSQL 18: NOT NULL written as a named table constraint, in CREATE TABLE and in ALTER
-- TABLE ADD CONSTRAINT (the model keeps the name: see pg18_not_null_named_constraints).
CREATE TABLE accounts (
    id integer,
    email text,
    nickname text,
    CONSTRAINT accounts_id_required NOT NULL id
);
ALTER TABLE accounts ADD CONSTRAINT accounts_email_required NOT NULL email;
