-- On both sides, beside a table change: collations and text search objects (modeled since A9) and what the model does not manage (casts, foreign data wrappers, servers, user mappings, foreign tables, publications, default privileges).
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE SCHEMA docs;
ALTER DEFAULT PRIVILEGES IN SCHEMA docs GRANT SELECT ON SEQUENCES TO PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT SELECT, USAGE ON SEQUENCES TO PUBLIC;

CREATE COLLATION docs.posix_copy FROM "POSIX";
CREATE COLLATION docs.plain_c (provider = libc, locale = 'C');
COMMENT ON COLLATION docs.plain_c IS 'byte order';

CREATE TYPE docs.status AS ENUM ('draft', 'published');
CREATE CAST (docs.status AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (docs.status AS text) IS 'a status read as its label';

CREATE TEXT SEARCH DICTIONARY docs.plain (TEMPLATE = pg_catalog.simple, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION docs.pages_search (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION docs.pages_search ADD MAPPING FOR asciiword, word WITH docs.plain, english_stem;
ALTER TEXT SEARCH CONFIGURATION docs.pages_search ADD MAPPING FOR int, uint WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION docs.pages_search IS 'words stemmed in English';

CREATE FOREIGN DATA WRAPPER docs_wrapper OPTIONS (debug 'false');
CREATE SERVER docs_archive TYPE 'archive' VERSION '1' FOREIGN DATA WRAPPER docs_wrapper OPTIONS (path '/archive');
GRANT USAGE ON FOREIGN SERVER docs_archive TO PUBLIC;
CREATE USER MAPPING FOR PUBLIC SERVER docs_archive OPTIONS (user 'reader');
CREATE FOREIGN TABLE docs.archived_pages (
    id integer NOT NULL,
    body text OPTIONS (column_name 'content') DEFAULT ''
) SERVER docs_archive OPTIONS (file 'pages.csv');
COMMENT ON FOREIGN TABLE docs.archived_pages IS 'pages moved to the archive';

CREATE TABLE docs.pages (
    id integer PRIMARY KEY,
    status docs.status NOT NULL DEFAULT 'draft',
    body text NOT NULL,
    slug text COLLATE docs.plain_c
);
CREATE UNIQUE INDEX pages_slug_key ON docs.pages (slug);

CREATE PUBLICATION docs_changes FOR TABLE docs.pages WITH (publish = 'insert, update');
COMMENT ON PUBLICATION docs_changes IS 'page edits';
