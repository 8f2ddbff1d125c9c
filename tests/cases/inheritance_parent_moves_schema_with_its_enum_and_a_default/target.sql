CREATE SCHEMA catalog_v2;
CREATE TYPE catalog_v2.state AS ENUM ('draft', 'published');
CREATE TABLE catalog_v2.articles (
    id bigint NOT NULL,
    state catalog_v2.state DEFAULT 'draft'
);
CREATE TABLE public.news (
    headline text
) INHERITS (catalog_v2.articles);
