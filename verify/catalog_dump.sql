-- The schema of the current database as DDL, read from the catalog with the server's own
-- renderers (pg_get_*def, format_type, pg_get_expr), in the statements and order pg_dump
-- --schema-only writes, for PostgreSQL 14 to 18 alike. Run by psql (verify/catalog_dump.cpp)
-- with -A -t and the variables include (schemas kept, a regex), exclude (left out, a regex),
-- owners and privileges ('on' or 'off').
-- Left out, like pg_dump leaves them out: what an extension brings (pg_depend 'e'), system schemas,
-- and, when schemas are named (include is not empty), the objects outside any schema (casts,
-- foreign data wrappers and servers, publications, default privileges for every schema).
-- Catalogs of newer versions only: PostgreSQL 14 reads empty stand-ins (psql variables).
SELECT current_setting('server_version_num')::int >= 150000 AS sd_pg15 \gset
\if :sd_pg15
\set sd_publication_rel 'pg_catalog.pg_publication_rel'
\set sd_publication_namespace 'pg_catalog.pg_publication_namespace'
\else
\set sd_publication_rel '(SELECT prpubid, prrelid, NULL::pg_catalog.int2vector AS prattrs, NULL::pg_catalog.pg_node_tree AS prqual FROM pg_catalog.pg_publication_rel)'
\set sd_publication_namespace '(SELECT 0::pg_catalog.oid AS pnpubid, 0::pg_catalog.oid AS pnnspid WHERE false)'
\endif
WITH RECURSIVE
nsp AS (
  SELECT n.oid, n.nspname, n.nspowner, n.nspacl
  FROM pg_namespace n
  WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    AND n.nspname ~ :'include' AND n.nspname !~ :'exclude'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
),
ext_member AS (
  SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
),
rel AS (
  SELECT c.*, n.nspname, format('%I.%I', n.nspname, c.relname) AS qname
  FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid)
),
tbl AS (SELECT * FROM rel WHERE relkind IN ('r', 'p')),
-- parents before children: a table's depth in the inheritance tree leads its sort key
ancestry(relid, parent, depth) AS (
  SELECT i.inhrelid, i.inhparent, 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid AND c.relkind IN ('r', 'p')
  UNION ALL
  SELECT a.relid, i.inhparent, a.depth + 1 FROM ancestry a JOIN pg_inherits i ON i.inhrelid = a.parent WHERE a.depth < 32
),
-- A sequence an identity column owns is written with its column.
identity_seq AS (
  SELECT d.objid FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'
),
-- a sequence's options as CREATE SEQUENCE and an identity column write them
seq_options AS (
  SELECT q.seqrelid, format(E'%sSTART WITH %s\n    INCREMENT BY %s\n    %s\n    %s\n    CACHE %s%s',
    CASE WHEN q.seqtypid <> 'bigint'::regtype THEN format(E'AS %s\n    ', format_type(q.seqtypid, NULL)) ELSE '' END,
    q.seqstart, q.seqincrement,
    CASE WHEN q.seqmin = CASE WHEN q.seqincrement > 0 THEN 1 WHEN q.seqtypid = 'smallint'::regtype THEN -32768 WHEN q.seqtypid = 'integer'::regtype THEN -2147483648 ELSE -9223372036854775808 END
         THEN 'NO MINVALUE' ELSE 'MINVALUE ' || q.seqmin END,
    CASE WHEN q.seqmax = CASE WHEN q.seqincrement < 0 THEN -1 WHEN q.seqtypid = 'smallint'::regtype THEN 32767 WHEN q.seqtypid = 'integer'::regtype THEN 2147483647 ELSE 9223372036854775807 END
         THEN 'NO MAXVALUE' ELSE 'MAXVALUE ' || q.seqmax END,
    q.seqcache, CASE WHEN q.seqcycle THEN E'\n    CYCLE' ELSE '' END) AS options
  FROM pg_sequence q
),
typ AS (
  SELECT t.*, n.nspname, format('%I.%I', n.nspname, t.typname) AS qname
  FROM pg_type t JOIN nsp n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
    AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
),
fn AS (
  SELECT p.*, n.nspname, format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) AS signature
  FROM pg_proc p JOIN nsp n ON n.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid)
),
-- operators, collations, text search objects: the ones of the schemas kept
opr AS (
  SELECT o.*, n.nspname, format('%I.%s', n.nspname, o.oprname) AS qname,
    format('%I.%s (%s, %s)', n.nspname, o.oprname, coalesce(nullif(o.oprleft, 0)::regtype::text, 'NONE'), coalesce(nullif(o.oprright, 0)::regtype::text, 'NONE')) AS signature
  FROM pg_operator o JOIN nsp n ON n.oid = o.oprnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid)
),
coll AS (
  SELECT cl.*, to_jsonb(cl) AS j, format('%I.%I', n.nspname, cl.collname) AS qname
  FROM pg_collation cl JOIN nsp n ON n.oid = cl.collnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_collation'::regclass AND e.objid = cl.oid)
),
conv AS (
  SELECT c.*, format('%I.%I', n.nspname, c.conname) AS qname
  FROM pg_conversion c JOIN nsp n ON n.oid = c.connamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_conversion'::regclass AND e.objid = c.oid)
),
ts(kind, classid, oid, owner, qname) AS (
  SELECT 'DICTIONARY', 'pg_ts_dict'::regclass, d.oid, d.dictowner, format('%I.%I', n.nspname, d.dictname) FROM pg_ts_dict d JOIN nsp n ON n.oid = d.dictnamespace
  UNION ALL SELECT 'CONFIGURATION', 'pg_ts_config'::regclass, c.oid, c.cfgowner, format('%I.%I', n.nspname, c.cfgname) FROM pg_ts_config c JOIN nsp n ON n.oid = c.cfgnamespace
  UNION ALL SELECT 'TEMPLATE', 'pg_ts_template'::regclass, t.oid, NULL, format('%I.%I', n.nspname, t.tmplname) FROM pg_ts_template t JOIN nsp n ON n.oid = t.tmplnamespace
  UNION ALL SELECT 'PARSER', 'pg_ts_parser'::regclass, p.oid, NULL, format('%I.%I', n.nspname, p.prsname) FROM pg_ts_parser p JOIN nsp n ON n.oid = p.prsnamespace
),
ts_kept AS (SELECT * FROM ts WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = ts.classid AND e.objid = ts.oid)),
-- objects outside any schema: kept when no schema is named, as pg_dump keeps them
fdw AS (
  SELECT w.* FROM pg_foreign_data_wrapper w
  WHERE :'include' = '' AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_foreign_data_wrapper'::regclass AND e.objid = w.oid)
),
srv AS (
  SELECT s.* FROM pg_foreign_server s
  WHERE :'include' = '' AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid)
),
pub AS (SELECT p.*, to_jsonb(p) AS j FROM pg_publication p WHERE :'include' = ''),
cast_ AS (
  SELECT c.*, format('(%s AS %s)', format_type(c.castsource, NULL), format_type(c.casttarget, NULL)) AS name
  FROM pg_cast c
  WHERE :'include' = '' AND c.oid >= 16384
    AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_cast'::regclass AND e.objid = c.oid)
),
-- the OPTIONS lists of wrappers, servers, user mappings, foreign tables and their columns, as
-- pg_dump writes them (name 'value', by name)
fdw_options(kind, oid, attnum, text) AS (
  SELECT o.kind, o.oid, o.attnum, (SELECT string_agg(format('%I %L', option_name, option_value), E',\n    ' ORDER BY option_name) FROM pg_options_to_table(o.options))
  FROM (SELECT 'wrapper' AS kind, oid, 0 AS attnum, fdwoptions AS options FROM pg_foreign_data_wrapper
        UNION ALL SELECT 'server', oid, 0, srvoptions FROM pg_foreign_server
        UNION ALL SELECT 'mapping', umid, 0, umoptions FROM pg_user_mappings
        UNION ALL SELECT 'table', ftrelid, 0, ftoptions FROM pg_foreign_table
        UNION ALL SELECT 'column', a.attrelid, a.attnum, a.attfdwoptions FROM pg_attribute a JOIN pg_foreign_table f ON f.ftrelid = a.attrelid) o
  WHERE o.options IS NOT NULL
),
-- default privileges: each entry with the access list it changes (the built-in default for a
-- global entry, nothing for one in a schema) and the number of privileges ALL means there
default_acl AS (
  SELECT da.oid, da.defaclacl AS acl, b.base,
    CASE da.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS objects,
    format('ALTER DEFAULT PRIVILEGES FOR ROLE %I%s ', pg_get_userbyid(da.defaclrole), CASE WHEN da.defaclnamespace <> 0 THEN ' IN SCHEMA ' || quote_ident(n.nspname) ELSE '' END) AS prefix,
    (SELECT count(*) FROM aclexplode(k.all_of_kind) a WHERE a.grantee = da.defaclrole) AS all_count
  FROM pg_default_acl da LEFT JOIN nsp n ON n.oid = da.defaclnamespace
  CROSS JOIN LATERAL (SELECT acldefault(CASE WHEN da.defaclobjtype = 'S' THEN 's'::"char" ELSE da.defaclobjtype END, da.defaclrole) AS all_of_kind) k
  CROSS JOIN LATERAL (SELECT CASE WHEN da.defaclnamespace = 0 THEN k.all_of_kind ELSE '{}'::aclitem[] END AS base) b
  WHERE :'privileges' = 'on' AND CASE WHEN da.defaclnamespace = 0 THEN :'include' = '' ELSE n.oid IS NOT NULL END
),
con AS (
  SELECT co.*, t.qname AS table_name, t.relkind
  FROM pg_constraint co JOIN tbl t ON t.oid = co.conrelid
  WHERE co.contype IN ('p', 'u', 'x', 'c', 'f')
    -- a partition is created alone and attached after, so it carries its parent's checks
    AND (co.conislocal OR (co.contype = 'c' AND t.relispartition))
    -- a partition's foreign key comes from its parent's
    AND NOT (co.contype = 'f' AND co.conparentid <> 0)
),
ddl(phase, sort, text) AS (
  -- schemas (public is there already, as pg_dump assumes)
  SELECT 1, n.nspname, format('CREATE SCHEMA %I;', n.nspname) FROM nsp n WHERE n.nspname <> 'public'
  UNION ALL
  SELECT 2, x.extname, format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I;', x.extname, n.nspname)
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
  WHERE x.extname <> 'plpgsql' AND n.nspname ~ :'include' AND n.nspname !~ :'exclude'
  UNION ALL
  -- types: enums, composites, ranges, domains
  SELECT 3, t.qname, format('CREATE TYPE %s AS ENUM (%s);', t.qname,
    coalesce((SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), ''))
  FROM typ t WHERE t.typtype = 'e'
  UNION ALL
  SELECT 3, t.qname, format('CREATE TYPE %s AS (%s);', t.qname,
    coalesce((SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod))
                || CASE WHEN a.attcollation <> 0 AND a.attcollation <> (SELECT typcollation FROM pg_type WHERE oid = a.atttypid)
                        THEN (SELECT format(' COLLATE %I.%I', cn.nspname, cl.collname) FROM pg_collation cl JOIN pg_namespace cn ON cn.oid = cl.collnamespace WHERE cl.oid = a.attcollation) ELSE '' END,
                ', ' ORDER BY a.attnum)
              FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), ''))
  FROM typ t WHERE t.typtype = 'c'
  UNION ALL
  SELECT 3, t.qname, format('CREATE TYPE %s AS RANGE (subtype = %s%s%s);', t.qname, format_type(r.rngsubtype, NULL),
    CASE WHEN r.rngsubopc <> 0 AND NOT (SELECT opcdefault FROM pg_opclass WHERE oid = r.rngsubopc)
         THEN (SELECT format(', subtype_opclass = %I.%I', on_.nspname, oc.opcname) FROM pg_opclass oc JOIN pg_namespace on_ ON on_.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc) ELSE '' END,
    CASE WHEN r.rngsubdiff <> 0 THEN format(', subtype_diff = %s', r.rngsubdiff::regproc) ELSE '' END)
  FROM typ t JOIN pg_range r ON r.rngtypid = t.oid WHERE t.typtype = 'r'
  UNION ALL
  SELECT 3, t.qname, format('CREATE DOMAIN %s AS %s%s%s%s%s;', t.qname, format_type(t.typbasetype, t.typtypmod),
    CASE WHEN t.typcollation <> 0 AND t.typcollation <> (SELECT typcollation FROM pg_type WHERE oid = t.typbasetype)
         THEN (SELECT format(' COLLATE %I.%I', cn.nspname, cl.collname) FROM pg_collation cl JOIN pg_namespace cn ON cn.oid = cl.collnamespace WHERE cl.oid = t.typcollation) ELSE '' END,
    CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END,
    CASE WHEN t.typnotnull AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'n') THEN ' NOT NULL' ELSE '' END,
    coalesce((SELECT string_agg(CASE WHEN c.contype = 'n' THEN ' NOT NULL'
                                     ELSE format(E'\n\tCONSTRAINT %I %s', c.conname, pg_get_constraintdef(c.oid)) END, '' ORDER BY c.contype DESC, c.conname)
              FROM pg_constraint c WHERE c.contypid = t.oid), ''))
  FROM typ t WHERE t.typtype = 'd'
  UNION ALL
  -- functions and procedures (aggregates below)
  SELECT 4, f.signature, pg_get_functiondef(f.oid) || ';' FROM fn f WHERE f.prokind IN ('f', 'p')
  UNION ALL
  SELECT 5, f.signature, format('CREATE AGGREGATE %I.%I(%s) (%s);', f.nspname, f.proname, pg_get_function_identity_arguments(f.oid),
    concat_ws(', ', 'SFUNC = ' || a.aggtransfn::regproc, 'STYPE = ' || format_type(a.aggtranstype, NULL),
              CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || quote_literal(a.agginitval) END,
              CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc END,
              CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc END,
              CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = ' || a.aggsortop::regoperator END))
  FROM fn f JOIN pg_aggregate a ON a.aggfnoid = f.oid WHERE f.prokind = 'a' AND a.aggkind = 'n'
  UNION ALL
  -- operators (pg_dump's CREATE OPERATOR: functions as regproc prints them, other operators as OPERATOR(schema.op))
  SELECT 4.5, o.signature, format(E'CREATE OPERATOR %s (\n%s\n);', o.qname, concat_ws(E',\n',
    '    FUNCTION = ' || (SELECT CASE WHEN pg_function_is_visible(p.oid) THEN quote_ident(p.proname) ELSE format('%I.%I', pn.nspname, p.proname) END
                          FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprcode),
    CASE WHEN o.oprleft <> 0 THEN '    LEFTARG = ' || o.oprleft::regtype::text END,
    CASE WHEN o.oprright <> 0 THEN '    RIGHTARG = ' || o.oprright::regtype::text END,
    (SELECT format('    COMMUTATOR = OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom),
    (SELECT format('    NEGATOR = OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_operator c JOIN pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate),
    CASE WHEN o.oprcanmerge THEN '    MERGES' END,
    CASE WHEN o.oprcanhash THEN '    HASHES' END,
    '    RESTRICT = ' || (SELECT CASE WHEN pg_function_is_visible(p.oid) THEN quote_ident(p.proname) ELSE format('%I.%I', pn.nspname, p.proname) END
                          FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprrest),
    '    JOIN = ' || (SELECT CASE WHEN pg_function_is_visible(p.oid) THEN quote_ident(p.proname) ELSE format('%I.%I', pn.nspname, p.proname) END
                      FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = o.oprjoin)))
  FROM opr o
  UNION ALL
  -- collations, conversions, casts, text search objects, foreign data wrappers, servers and user mappings: not
  -- modeled; written as pg_dump writes them, so that a live read reports them as a dump does
  SELECT 2.5, c.qname, format('CREATE COLLATION %s (provider = %s%s%s);', c.qname,
    CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' WHEN 'c' THEN 'libc' ELSE 'default' END,
    CASE WHEN NOT c.collisdeterministic THEN ', deterministic = false' ELSE '' END,
    CASE WHEN c.collprovider IN ('i', 'b') THEN ', locale = ' || quote_literal(coalesce(c.j->>'colllocale', c.j->>'colliculocale', c.j->>'collcollate'))
                                                || coalesce(', rules = ' || quote_literal(c.j->>'collicurules'), '')
         WHEN c.j->>'collcollate' = c.j->>'collctype' THEN ', locale = ' || quote_literal(c.j->>'collcollate')
         ELSE format(', lc_collate = %L, lc_ctype = %L', c.j->>'collcollate', c.j->>'collctype') END)
  FROM coll c
  UNION ALL
  SELECT 4.65, c.qname, format('CREATE %sCONVERSION %s FOR %L TO %L FROM %s;', CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END, c.qname,
    pg_encoding_to_char(c.conforencoding), pg_encoding_to_char(c.contoencoding), c.conproc::regproc)
  FROM conv c
  UNION ALL
  SELECT 4.6, c.name, format('CREATE CAST %s %s%s;', c.name,
    CASE c.castmethod WHEN 'b' THEN 'WITHOUT FUNCTION' WHEN 'i' THEN 'WITH INOUT'
      ELSE (SELECT format('WITH FUNCTION %I.%I(%s)', pn.nspname, p.proname, oidvectortypes(p.proargtypes)) FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = c.castfunc) END,
    CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END)
  FROM cast_ c
  UNION ALL
  SELECT 4.7, t.qname, format(E'CREATE TEXT SEARCH PARSER %s (\n    START = %s,\n    GETTOKEN = %s,\n    END = %s,\n%s    LEXTYPES = %s );', t.qname,
    p.prsstart::regproc, p.prstoken::regproc, p.prsend::regproc, CASE WHEN p.prsheadline <> 0 THEN format(E'    HEADLINE = %s,\n', p.prsheadline::regproc) ELSE '' END, p.prslextype::regproc)
  FROM ts_kept t JOIN pg_ts_parser p ON p.oid = t.oid WHERE t.kind = 'PARSER'
  UNION ALL
  SELECT 4.7, t.qname, format(E'CREATE TEXT SEARCH TEMPLATE %s (\n%s );', t.qname,
    concat_ws(E',\n', CASE WHEN p.tmplinit <> 0 THEN '    INIT = ' || p.tmplinit::regproc::text END, '    LEXIZE = ' || p.tmpllexize::regproc::text))
  FROM ts_kept t JOIN pg_ts_template p ON p.oid = t.oid WHERE t.kind = 'TEMPLATE'
  UNION ALL
  SELECT 4.8, t.qname, format(E'CREATE TEXT SEARCH DICTIONARY %s (\n    TEMPLATE = %s%s );', t.qname,
    (SELECT format('%I.%I', tn.nspname, tt.tmplname) FROM pg_ts_template tt JOIN pg_namespace tn ON tn.oid = tt.tmplnamespace WHERE tt.oid = d.dicttemplate),
    coalesce(E',\n    ' || d.dictinitoption, ''))
  FROM ts_kept t JOIN pg_ts_dict d ON d.oid = t.oid WHERE t.kind = 'DICTIONARY'
  UNION ALL
  SELECT 4.8, t.qname, format(E'CREATE TEXT SEARCH CONFIGURATION %s (\n    PARSER = %s );', t.qname,
    (SELECT format('%I.%I', pn.nspname, pp.prsname) FROM pg_ts_parser pp JOIN pg_namespace pn ON pn.oid = pp.prsnamespace WHERE pp.oid = c.cfgparser))
  FROM ts_kept t JOIN pg_ts_config c ON c.oid = t.oid WHERE t.kind = 'CONFIGURATION'
  UNION ALL
  SELECT 4.8, t.qname || ' ' || lpad(m.maptokentype::text, 5, '0'), format(E'ALTER TEXT SEARCH CONFIGURATION %s\n    ADD MAPPING FOR %I WITH %s;', t.qname,
    (SELECT tt.alias FROM ts_token_type(c.cfgparser) tt WHERE tt.tokid = m.maptokentype), string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno))
  FROM ts_kept t JOIN pg_ts_config c ON c.oid = t.oid JOIN pg_ts_config_map m ON m.mapcfg = c.oid WHERE t.kind = 'CONFIGURATION'
  GROUP BY t.qname, c.cfgparser, m.maptokentype
  UNION ALL
  SELECT 4.9, w.fdwname, format('CREATE FOREIGN DATA WRAPPER %I%s%s%s;', w.fdwname,
    CASE WHEN w.fdwhandler <> 0 THEN ' HANDLER ' || w.fdwhandler::regproc::text ELSE '' END,
    CASE WHEN w.fdwvalidator <> 0 THEN ' VALIDATOR ' || w.fdwvalidator::regproc::text ELSE '' END,
    coalesce(E' OPTIONS (\n    ' || (SELECT o.text FROM fdw_options o WHERE o.kind = 'wrapper' AND o.oid = w.oid) || E'\n)', ''))
  FROM fdw w
  UNION ALL
  SELECT 4.91, s.srvname, format('CREATE SERVER %I%s%s FOREIGN DATA WRAPPER %I%s;', s.srvname,
    coalesce(' TYPE ' || quote_literal(s.srvtype), ''), coalesce(' VERSION ' || quote_literal(s.srvversion), ''),
    (SELECT fdwname FROM pg_foreign_data_wrapper WHERE oid = s.srvfdw),
    coalesce(E' OPTIONS (\n    ' || (SELECT o.text FROM fdw_options o WHERE o.kind = 'server' AND o.oid = s.oid) || E'\n)', ''))
  FROM srv s
  UNION ALL
  SELECT 4.92, s.srvname || ' ' || u.usename, format('CREATE USER MAPPING FOR %I SERVER %I%s;', u.usename, s.srvname,
    coalesce(E' OPTIONS (\n    ' || (SELECT o.text FROM fdw_options o WHERE o.kind = 'mapping' AND o.oid = u.umid) || E'\n)', ''))
  FROM srv s JOIN pg_user_mappings u ON u.srvid = s.oid
  UNION ALL
  -- sequences that no identity column owns
  SELECT 6, s.qname, format(E'CREATE SEQUENCE %s\n    %s;', s.qname, q.options)
  FROM rel s JOIN seq_options q ON q.seqrelid = s.oid
  WHERE s.relkind = 'S' AND s.oid NOT IN (SELECT objid FROM identity_seq)
  UNION ALL
  -- tables: columns, partition key, inheritance, options
  SELECT 7, (SELECT lpad(coalesce(max(depth), 0)::text, 3, '0') FROM ancestry WHERE relid = t.oid) || t.qname, format(E'CREATE %sTABLE %s (%s\n)%s%s%s;',
    CASE WHEN t.relpersistence = 'u' THEN 'UNLOGGED ' ELSE '' END, t.qname,
    coalesce((SELECT string_agg(format(E'\n    %I %s', a.attname, format_type(a.atttypid, a.atttypmod))
                || CASE WHEN a.attcollation <> 0 AND a.attcollation <> (SELECT typcollation FROM pg_type WHERE oid = a.atttypid)
                        THEN (SELECT format(' COLLATE %I.%I', cn.nspname, cl.collname) FROM pg_collation cl JOIN pg_namespace cn ON cn.oid = cl.collnamespace WHERE cl.oid = a.attcollation) ELSE '' END
                || CASE WHEN a.attgenerated = 's' THEN format(' GENERATED ALWAYS AS (%s) STORED', pg_get_expr(d.adbin, d.adrelid))
                        WHEN a.attgenerated = 'v' THEN format(' GENERATED ALWAYS AS (%s) VIRTUAL', pg_get_expr(d.adbin, d.adrelid))
                        WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END
                -- NOT NULL a parent passes down is the parent's (a partition, created alone, has its own);
                -- PG 18: its constraint's name unless inherited or of the made-up shape (x_not_null[N]:
                -- a renamed table or column keeps the one made for its old name), NO INHERIT
                || CASE WHEN a.attnotnull AND (t.relispartition OR NOT EXISTS (
                          SELECT 1 FROM pg_inherits i JOIN pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname AND pa.attnotnull
                          WHERE i.inhrelid = t.oid))
                        THEN coalesce((SELECT format(' CONSTRAINT %I', nn.conname) FROM pg_constraint nn
                                       WHERE nn.conrelid = t.oid AND nn.contype = 'n' AND nn.conkey = ARRAY[a.attnum] AND nn.coninhcount = 0
                                         AND nn.conname !~ '_not_null[0-9]*$'), '')
                             || ' NOT NULL'
                             || CASE WHEN EXISTS (SELECT 1 FROM pg_constraint nn WHERE nn.conrelid = t.oid AND nn.contype = 'n'
                                                  AND nn.conkey = ARRAY[a.attnum] AND nn.connoinherit) THEN ' NO INHERIT' ELSE '' END
                        ELSE '' END,
                ',' ORDER BY a.attnum)
              FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND (a.attislocal OR t.relispartition OR NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = t.oid))), ''),
    CASE WHEN NOT t.relispartition AND EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = t.oid)
         THEN format(E'\nINHERITS (%s)', (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno) FROM pg_inherits i WHERE i.inhrelid = t.oid)) ELSE '' END,
    CASE WHEN t.relkind = 'p' THEN E'\nPARTITION BY ' || pg_get_partkeydef(t.oid) ELSE '' END,
    CASE WHEN t.reloptions IS NOT NULL THEN format(E'\nWITH (%s)', array_to_string(t.reloptions, ', ')) ELSE '' END)
  FROM tbl t
  UNION ALL
  -- foreign tables (not modeled) and their columns' options, in pg_dump's words (COLLATE last)
  SELECT 7.5, t.qname, format(E'CREATE FOREIGN TABLE %s (%s\n)\nSERVER %I%s;', t.qname,
    coalesce((SELECT string_agg(format(E'\n    %I %s', a.attname, format_type(a.atttypid, a.atttypmod))
                || CASE WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END
                || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                || CASE WHEN a.attcollation <> 0 AND a.attcollation <> (SELECT typcollation FROM pg_type WHERE oid = a.atttypid)
                        THEN (SELECT format(' COLLATE %I.%I', cn.nspname, cl.collname) FROM pg_collation cl JOIN pg_namespace cn ON cn.oid = cl.collnamespace WHERE cl.oid = a.attcollation) ELSE '' END,
                ',' ORDER BY a.attnum)
              FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped), ''),
    (SELECT s.srvname FROM pg_foreign_server s WHERE s.oid = f.ftserver),
    coalesce(E'\nOPTIONS (\n    ' || (SELECT o.text FROM fdw_options o WHERE o.kind = 'table' AND o.oid = t.oid) || E'\n)', ''))
  FROM rel t JOIN pg_foreign_table f ON f.ftrelid = t.oid WHERE t.relkind = 'f'
  UNION ALL
  SELECT 7.6, t.qname || ' ' || a.attname, format(E'ALTER FOREIGN TABLE %s ALTER COLUMN %I OPTIONS (\n    %s\n);', t.qname, a.attname, o.text)
  FROM rel t JOIN pg_attribute a ON a.attrelid = t.oid JOIN fdw_options o ON o.kind = 'column' AND o.oid = t.oid AND o.attnum = a.attnum
  WHERE t.relkind = 'f'
  UNION ALL
  -- identity columns
  SELECT 8, t.qname || ' ' || a.attname, format(E'ALTER TABLE %s ALTER COLUMN %I ADD GENERATED %s AS IDENTITY (\n    SEQUENCE NAME %s\n    %s\n);',
    t.qname, a.attname, CASE a.attidentity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END, s.qname, q.options)
  FROM tbl t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attidentity <> '' AND NOT a.attisdropped
  JOIN pg_depend dp ON dp.refclassid = 'pg_class'::regclass AND dp.refobjid = t.oid AND dp.refobjsubid = a.attnum AND dp.deptype = 'i' AND dp.classid = 'pg_class'::regclass
  JOIN rel s ON s.oid = dp.objid JOIN seq_options q ON q.seqrelid = s.oid
  WHERE NOT t.relispartition OR a.attislocal
  UNION ALL
  -- column storage and statistics that differ from the type's
  SELECT 8, t.qname || ' ' || a.attname || ' storage', format('ALTER TABLE ONLY %s ALTER COLUMN %I SET STORAGE %s;', t.qname, a.attname,
    CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END)
  FROM tbl t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
  WHERE a.attstorage <> (SELECT typstorage FROM pg_type WHERE oid = a.atttypid)
  UNION ALL
  SELECT 8, t.qname || ' ' || a.attname || ' statistics', format('ALTER TABLE ONLY %s ALTER COLUMN %I SET STATISTICS %s;', t.qname, a.attname, a.attstattarget)
  FROM tbl t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
  WHERE a.attstattarget IS NOT NULL AND a.attstattarget >= 0
  UNION ALL
  -- sequences owned by a column
  SELECT 9, s.qname, format('ALTER SEQUENCE %s OWNED BY %s.%I;', s.qname, t.qname, a.attname)
  FROM rel s JOIN pg_depend dp ON dp.classid = 'pg_class'::regclass AND dp.objid = s.oid AND dp.deptype = 'a' AND dp.refclassid = 'pg_class'::regclass
  JOIN tbl t ON t.oid = dp.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = dp.refobjsubid
  WHERE s.relkind = 'S'
  UNION ALL
  -- views and materialized views
  SELECT 10, lpad(v.oid::text, 10, '0'), format(E'CREATE VIEW %s%s AS\n%s%s', v.qname,
    CASE WHEN (SELECT array_agg(o) FROM unnest(v.reloptions) o WHERE o NOT LIKE 'check_option=%') IS NOT NULL
         THEN format(' WITH (%s)', (SELECT array_to_string(array_agg(o), ', ') FROM unnest(v.reloptions) o WHERE o NOT LIKE 'check_option=%')) ELSE '' END,
    regexp_replace(pg_get_viewdef(v.oid), ';$', ''),
    CASE WHEN 'check_option=cascaded' = ANY (v.reloptions) THEN E'\n  WITH CASCADED CHECK OPTION;'
         WHEN 'check_option=local' = ANY (v.reloptions) THEN E'\n  WITH LOCAL CHECK OPTION;' ELSE ';' END)
  FROM rel v WHERE v.relkind = 'v'
  UNION ALL
  SELECT 10, lpad(v.oid::text, 10, '0'), format(E'CREATE MATERIALIZED VIEW %s%s AS\n%s\n  WITH NO DATA;', v.qname,
    CASE WHEN v.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(v.reloptions, ', ')) ELSE '' END,
    regexp_replace(pg_get_viewdef(v.oid), ';$', ''))
  FROM rel v WHERE v.relkind = 'm'
  UNION ALL
  -- partitions attached to their parents
  SELECT 11, t.qname, format('ALTER TABLE ONLY %s ATTACH PARTITION %s %s;', i.inhparent::regclass, t.qname, pg_get_expr(t.relpartbound, t.oid))
  FROM tbl t JOIN pg_inherits i ON i.inhrelid = t.oid WHERE t.relispartition
  UNION ALL
  -- keys, unique and exclusion constraints, checks
  SELECT 12, c.table_name || ' ' || c.conname, format(E'ALTER TABLE %s%s\n    ADD CONSTRAINT %I %s%s;',
    CASE WHEN c.relkind = 'p' AND c.contype <> 'c' THEN '' ELSE 'ONLY ' END, c.table_name, c.conname, pg_get_constraintdef(c.oid),
    (SELECT format(' WITH (%s)', array_to_string(ic.reloptions, ', ')) FROM pg_class ic WHERE ic.oid = c.conindid AND ic.reloptions IS NOT NULL))
  FROM con c WHERE c.contype IN ('p', 'u', 'x', 'c')
  UNION ALL
  -- indexes that no constraint makes
  SELECT 13, format('%I.%I', r.nspname, ic.relname), pg_get_indexdef(ic.oid) || ';'
  FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid JOIN rel r ON r.oid = x.indrelid
  WHERE r.relkind IN ('r', 'p', 'm')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ic.oid AND c.contype IN ('p', 'u', 'x') AND c.conrelid = r.oid)
  UNION ALL
  -- partitions' indexes attached to their parents' indexes
  SELECT 14, ic.oid::regclass::text, format('ALTER INDEX %s ATTACH PARTITION %s;', i.inhparent::regclass, ic.oid::regclass)
  FROM pg_inherits i JOIN pg_class ic ON ic.oid = i.inhrelid AND ic.relkind IN ('i', 'I') JOIN nsp n ON n.oid = ic.relnamespace
  UNION ALL
  -- rules, triggers, foreign keys
  SELECT 15, format('%s %I', r.qname, rw.rulename), pg_get_ruledef(rw.oid)
  FROM pg_rewrite rw JOIN rel r ON r.oid = rw.ev_class WHERE rw.rulename <> '_RETURN'
  UNION ALL
  SELECT 16, format('%s %I', r.qname, tg.tgname), pg_get_triggerdef(tg.oid) || ';'
  FROM pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  UNION ALL
  SELECT 16, format('%s %I state', r.qname, tg.tgname), format('ALTER TABLE %s %s TRIGGER %I;', r.qname,
    CASE tg.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE REPLICA' END, tg.tgname)
  FROM pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND tg.tgenabled <> 'O'
  UNION ALL
  SELECT 17, c.table_name || ' ' || c.conname, format(E'ALTER TABLE %s%s\n    ADD CONSTRAINT %I %s;',
    CASE WHEN c.relkind = 'p' THEN '' ELSE 'ONLY ' END, c.table_name, c.conname, pg_get_constraintdef(c.oid))
  FROM con c WHERE c.contype = 'f'
  UNION ALL
  -- row level security and policies
  SELECT 18, t.qname || ' rls', format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY;', t.qname) FROM tbl t WHERE t.relrowsecurity
  UNION ALL
  SELECT 18, t.qname || ' rls force', format('ALTER TABLE %s FORCE ROW LEVEL SECURITY;', t.qname) FROM tbl t WHERE t.relforcerowsecurity
  UNION ALL
  SELECT 18, t.qname || ' replica', format('ALTER TABLE ONLY %s REPLICA IDENTITY %s;', t.qname,
    CASE t.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
      ELSE 'USING INDEX ' || quote_ident((SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = t.oid AND x.indisreplident)) END)
  FROM tbl t WHERE t.relreplident IN ('f', 'n', 'i')
  UNION ALL
  SELECT 18, t.qname || ' cluster', format('ALTER TABLE %s CLUSTER ON %I;', t.qname, ic.relname)
  FROM tbl t JOIN pg_index x ON x.indrelid = t.oid AND x.indisclustered JOIN pg_class ic ON ic.oid = x.indexrelid
  UNION ALL
  SELECT 19, format('%s %I', t.qname, p.polname), format('CREATE POLICY %I ON %s%s%s%s%s%s;', p.polname, t.qname,
    CASE WHEN NOT p.polpermissive THEN E'\n AS RESTRICTIVE' ELSE '' END,
    CASE p.polcmd WHEN 'r' THEN E'\n FOR SELECT' WHEN 'a' THEN E'\n FOR INSERT' WHEN 'w' THEN E'\n FOR UPDATE' WHEN 'd' THEN E'\n FOR DELETE' ELSE '' END,
    CASE WHEN p.polroles <> '{0}' THEN E'\n TO ' || (SELECT string_agg(quote_ident(rolname), ', ' ORDER BY rolname) FROM pg_roles WHERE oid = ANY (p.polroles)) ELSE '' END,
    CASE WHEN p.polqual IS NOT NULL THEN format(E'\n USING (%s)', pg_get_expr(p.polqual, p.polrelid)) ELSE '' END,
    CASE WHEN p.polwithcheck IS NOT NULL THEN format(E'\n WITH CHECK (%s)', pg_get_expr(p.polwithcheck, p.polrelid)) ELSE '' END)
  FROM pg_policy p JOIN tbl t ON t.oid = p.polrelid
  UNION ALL
  -- publications, with their tables and schemas (pg_dump 15's statements)
  SELECT 19.5, p.pubname, format('CREATE PUBLICATION %I%s WITH (publish = %L%s%s);', p.pubname,
    CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END,
    concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
              CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END),
    CASE WHEN p.pubviaroot THEN ', publish_via_partition_root = true' ELSE '' END,
    CASE WHEN p.j->>'pubgencols' IN ('s', 'true') THEN ', publish_generated_columns = stored' ELSE '' END)
  FROM pub p
  UNION ALL
  SELECT 19.6, p.pubname || ' ' || r.qname, format('ALTER PUBLICATION %I ADD TABLE ONLY %s%s%s;', p.pubname, r.qname,
    CASE WHEN pr.prattrs IS NOT NULL THEN ' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n)
                                                   FROM unnest(pr.prattrs::int2[]) WITH ORDINALITY k(num, n)
                                                   JOIN pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.num) || ')' ELSE '' END,
    CASE WHEN pr.prqual IS NOT NULL THEN ' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')' ELSE '' END)
  FROM :sd_publication_rel pr JOIN pub p ON p.oid = pr.prpubid JOIN rel r ON r.oid = pr.prrelid
  UNION ALL
  SELECT 19.6, p.pubname || ' ' || n.nspname, format('ALTER PUBLICATION %I ADD TABLES IN SCHEMA %I;', p.pubname, n.nspname)
  FROM :sd_publication_namespace pn JOIN pub p ON p.oid = pn.pnpubid JOIN nsp n ON n.oid = pn.pnnspid
  UNION ALL
  -- comments
  SELECT 20, 'schema ' || n.nspname, format('COMMENT ON SCHEMA %I IS %L;', n.nspname, d.description)
  FROM nsp n JOIN pg_description d ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
  WHERE NOT (n.nspname = 'public' AND d.description = 'standard public schema')
  UNION ALL
  SELECT 20, 'rel ' || r.qname, format('COMMENT ON %s %s IS %L;',
    CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.qname, d.description)
  FROM rel r JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = r.oid AND d.objsubid = 0
  UNION ALL
  SELECT 20, 'col ' || r.qname || a.attname, format('COMMENT ON COLUMN %s.%I IS %L;', r.qname, a.attname, d.description)
  FROM rel r JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = r.oid AND d.objsubid > 0
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.objsubid
  UNION ALL
  SELECT 20, 'col ' || t.qname || a.attname, format('COMMENT ON COLUMN %s.%I IS %L;', t.qname, a.attname, d.description)
  FROM typ t JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = t.typrelid AND d.objsubid > 0
  JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum = d.objsubid
  WHERE t.typtype = 'c'
  UNION ALL
  SELECT 20, 'index ' || ic.oid::regclass::text, format('COMMENT ON INDEX %s IS %L;', ic.oid::regclass, d.description)
  FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid JOIN rel r ON r.oid = x.indrelid
  JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = ic.oid
  UNION ALL
  SELECT 20, 'type ' || t.qname, format('COMMENT ON %s %s IS %L;', CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.qname, d.description)
  FROM typ t JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid
  UNION ALL
  SELECT 20, 'fn ' || f.signature, format('COMMENT ON %s %s IS %L;', CASE f.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, f.signature, d.description)
  FROM fn f JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = f.oid
  UNION ALL
  SELECT 20, 'con ' || c.table_name || c.conname, format('COMMENT ON CONSTRAINT %I ON %s IS %L;', c.conname, c.table_name, d.description)
  FROM con c JOIN pg_description d ON d.classoid = 'pg_constraint'::regclass AND d.objoid = c.oid
  UNION ALL
  SELECT 20, 'dcon ' || t.qname || c.conname, format('COMMENT ON CONSTRAINT %I ON DOMAIN %s IS %L;', c.conname, t.qname, d.description)
  FROM typ t JOIN pg_constraint c ON c.contypid = t.oid JOIN pg_description d ON d.classoid = 'pg_constraint'::regclass AND d.objoid = c.oid
  UNION ALL
  SELECT 20, 'trigger ' || r.qname || tg.tgname, format('COMMENT ON TRIGGER %I ON %s IS %L;', tg.tgname, r.qname, d.description)
  FROM pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid JOIN pg_description d ON d.classoid = 'pg_trigger'::regclass AND d.objoid = tg.oid
  UNION ALL
  SELECT 20, 'policy ' || t.qname || p.polname, format('COMMENT ON POLICY %I ON %s IS %L;', p.polname, t.qname, d.description)
  FROM pg_policy p JOIN tbl t ON t.oid = p.polrelid JOIN pg_description d ON d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid
  UNION ALL
  SELECT 20, 'ext ' || x.extname, format('COMMENT ON EXTENSION %I IS %L;', x.extname, d.description)
  FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace JOIN pg_description d ON d.classoid = 'pg_extension'::regclass AND d.objoid = x.oid
  WHERE x.extname <> 'plpgsql' AND n.nspname ~ :'include' AND n.nspname !~ :'exclude'
  UNION ALL
  SELECT 20, 'other ' || o.kind || o.name, format('COMMENT ON %s %s IS %L;', o.kind, o.name, d.description)
  FROM (SELECT 'OPERATOR' AS kind, signature AS name, 'pg_operator'::regclass AS classid, oid FROM opr
        UNION ALL SELECT 'COLLATION', qname, 'pg_collation'::regclass, oid FROM coll
        UNION ALL SELECT 'CONVERSION', qname, 'pg_conversion'::regclass, oid FROM conv
        UNION ALL SELECT 'CAST', name, 'pg_cast'::regclass, oid FROM cast_
        UNION ALL SELECT 'TEXT SEARCH ' || kind, qname, classid, oid FROM ts_kept
        UNION ALL SELECT 'FOREIGN DATA WRAPPER', quote_ident(fdwname), 'pg_foreign_data_wrapper'::regclass, oid FROM fdw
        UNION ALL SELECT 'SERVER', quote_ident(srvname), 'pg_foreign_server'::regclass, oid FROM srv
        UNION ALL SELECT 'PUBLICATION', quote_ident(pubname), 'pg_publication'::regclass, oid FROM pub) o
  JOIN pg_description d ON d.classoid = o.classid AND d.objoid = o.oid AND d.objsubid = 0
  UNION ALL
  -- owners
  SELECT 21, 'schema ' || n.nspname, format('ALTER SCHEMA %I OWNER TO %I;', n.nspname, pg_get_userbyid(n.nspowner))
  -- public's owner only when it is not PG 15's pg_database_owner (PG 14: the bootstrap user), as pg_dump
  FROM nsp n WHERE :'owners' = 'on' AND (n.nspname <> 'public' OR pg_get_userbyid(n.nspowner) <> 'pg_database_owner')
  UNION ALL
  SELECT 21, 'rel ' || r.qname, format('ALTER %s %s OWNER TO %I;',
    CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.qname, pg_get_userbyid(r.relowner))
  FROM rel r WHERE :'owners' = 'on' AND r.oid NOT IN (SELECT objid FROM identity_seq)
  UNION ALL
  SELECT 21, 'type ' || t.qname, format('ALTER %s %s OWNER TO %I;', CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.qname, pg_get_userbyid(t.typowner))
  FROM typ t WHERE :'owners' = 'on'
  UNION ALL
  SELECT 21, 'fn ' || f.signature, format('ALTER %s %s OWNER TO %I;', CASE f.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, f.signature, pg_get_userbyid(f.proowner))
  FROM fn f WHERE :'owners' = 'on'
  UNION ALL
  SELECT 21, 'other ' || o.kind || o.name, format('ALTER %s %s OWNER TO %I;', o.kind, o.name, pg_get_userbyid(o.owner))
  FROM (SELECT 'OPERATOR' AS kind, signature AS name, oprowner AS owner FROM opr
        UNION ALL SELECT 'COLLATION', qname, collowner FROM coll
        UNION ALL SELECT 'CONVERSION', qname, conowner FROM conv
        UNION ALL SELECT 'TEXT SEARCH ' || kind, qname, owner FROM ts_kept WHERE owner IS NOT NULL
        UNION ALL SELECT 'FOREIGN DATA WRAPPER', quote_ident(fdwname), fdwowner FROM fdw
        UNION ALL SELECT 'SERVER', quote_ident(srvname), srvowner FROM srv
        UNION ALL SELECT 'PUBLICATION', quote_ident(pubname), pubowner FROM pub) o
  WHERE :'owners' = 'on'
  UNION ALL
  -- privileges: what an ACL grants beyond the owner's own, and PUBLIC's default taken away
  SELECT 22, 'acl ' || o.kind || o.name || coalesce(g.grantee::text, '') || g.privilege_type,
    -- (USAGE, the one privilege of a wrapper or a server, is ALL to pg_dump)
    format('GRANT %s ON %s %s TO %s%s;', CASE WHEN o.kind LIKE 'FOREIGN %' THEN 'ALL' ELSE g.privilege_type END, o.kind, o.name,
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
  FROM (SELECT 'SCHEMA' AS kind, quote_ident(nspname) AS name, nspacl AS acl, nspowner AS owner FROM nsp WHERE nspname <> 'public' OR nspacl IS NOT NULL
        UNION ALL SELECT CASE relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, qname, relacl, relowner FROM rel WHERE relacl IS NOT NULL
        UNION ALL SELECT CASE prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, signature, proacl, proowner FROM fn WHERE proacl IS NOT NULL AND prokind <> 'a'
        UNION ALL SELECT CASE WHEN typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, qname, typacl, typowner FROM typ WHERE typacl IS NOT NULL
        UNION ALL SELECT 'FOREIGN DATA WRAPPER', quote_ident(fdwname), fdwacl, fdwowner FROM fdw WHERE fdwacl IS NOT NULL
        UNION ALL SELECT 'FOREIGN SERVER', quote_ident(srvname), srvacl, srvowner FROM srv WHERE srvacl IS NOT NULL) o
  CROSS JOIN LATERAL aclexplode(o.acl) g
  WHERE :'privileges' = 'on' AND g.grantee <> o.owner
    -- PG 17+: ALL on a table includes MAINTAIN; the model's ALL is the seven privileges every
    -- version has, so MAINTAIN beside six or seven of them is taken for ALL's (GRANT ALL, maybe
    -- one REVOKE after it)
    AND NOT (g.privilege_type = 'MAINTAIN' AND 6 <= (SELECT count(DISTINCT h.privilege_type) FROM aclexplode(o.acl) h
             WHERE h.grantee = g.grantee AND h.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')))
    AND NOT (o.kind = 'SCHEMA' AND o.name = 'public' AND g.grantee = 0 AND g.privilege_type = 'USAGE')
  UNION ALL
  SELECT 22, 'acl ' || o.kind || o.name, format('REVOKE ALL ON %s %s FROM PUBLIC;', o.kind, o.name)
  FROM (SELECT CASE prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END AS kind, signature AS name, proacl AS acl FROM fn WHERE proacl IS NOT NULL AND prokind <> 'a'
        UNION ALL SELECT CASE WHEN typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, qname, typacl FROM typ WHERE typacl IS NOT NULL) o
  WHERE :'privileges' = 'on' AND NOT EXISTS (SELECT 1 FROM aclexplode(o.acl) g WHERE g.grantee = 0)
  UNION ALL
  SELECT 22, 'acl ' || r.qname || a.attname || coalesce(g.grantee::text, '') || g.privilege_type,
    format('GRANT %s(%I) ON TABLE %s TO %s%s;', g.privilege_type, a.attname, r.qname,
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
  FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attacl IS NOT NULL AND NOT a.attisdropped
  CROSS JOIN LATERAL aclexplode(a.attacl) g
  WHERE :'privileges' = 'on'
  UNION ALL
  -- default privileges (not modeled), as pg_dump writes them: a global entry as the change from
  -- the built-in default, one in a schema as what it adds; one REVOKE per entry taken away, one
  -- GRANT per entry added (and one more for what it grants WITH GRANT OPTION)
  SELECT 23, 'default ' || d.oid || ' ' || x.sort, d.prefix || x.text || ';'
  FROM default_acl d CROSS JOIN (SELECT ARRAY['CREATE', 'SELECT', 'USAGE', 'INSERT', 'REFERENCES', 'DELETE', 'TRIGGER', 'TRUNCATE', 'MAINTAIN', 'UPDATE', 'EXECUTE'] AS k_order) o
  CROSS JOIN LATERAL (
    -- (privileges in pg_dump's order)
    SELECT '0 ' || i.n AS sort, format('REVOKE %s ON %s FROM %s', e.privileges, d.objects, e.grantee) AS text
    FROM unnest(d.base) WITH ORDINALITY i(item, n)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN count(*) = d.all_count THEN 'ALL' ELSE string_agg(a.privilege_type, ',' ORDER BY array_position(k_order, a.privilege_type)) END AS privileges,
             CASE WHEN min(a.grantee) = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(min(a.grantee))) END AS grantee
      FROM aclexplode(ARRAY[i.item]) WITH ORDINALITY a(grantor, grantee, privilege_type, is_grantable, n)) e
    WHERE NOT i.item = ANY (d.acl)
    UNION ALL
    SELECT '1 ' || i.n || g.grantable, format('GRANT %s ON %s TO %s%s', e.privileges, d.objects, e.grantee, CASE WHEN g.grantable THEN ' WITH GRANT OPTION' ELSE '' END)
    FROM unnest(d.acl) WITH ORDINALITY i(item, n) CROSS JOIN (VALUES (false), (true)) g(grantable)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN count(*) = d.all_count THEN 'ALL' ELSE string_agg(a.privilege_type, ',' ORDER BY array_position(k_order, a.privilege_type)) END AS privileges,
             CASE WHEN min(a.grantee) = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(min(a.grantee))) END AS grantee
      FROM aclexplode(ARRAY[i.item]) WITH ORDINALITY a(grantor, grantee, privilege_type, is_grantable, n)
      WHERE a.is_grantable = g.grantable HAVING count(*) > 0) e
    WHERE NOT i.item = ANY (d.base)) x
)
-- a blank line after each statement, as pg_dump leaves
SELECT text || E'\n' FROM ddl ORDER BY phase, sort COLLATE "C", text COLLATE "C";
