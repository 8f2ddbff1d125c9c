-- A parent moves to another schema together with the enum of a column that has a default; its
-- child, which stays, converts its copy of the column to the moved enum before INHERIT. The
-- child's copy of the default is of the old enum and cannot be cast with the column: it is
-- dropped first and TARGET's set after.
CREATE SCHEMA catalog_v1;
CREATE TYPE catalog_v1.state AS ENUM ('draft', 'published');
CREATE TABLE catalog_v1.articles (
    id bigint NOT NULL,
    state catalog_v1.state DEFAULT 'draft'
);
CREATE TABLE public.news (
    headline text
) INHERITS (catalog_v1.articles);
