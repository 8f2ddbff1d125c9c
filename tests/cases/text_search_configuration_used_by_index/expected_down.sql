-- schemadelta rollback:  -> 
-- source fingerprint d362959493249e8b, target fingerprint c5975c233bb00852
-- state fingerprint b7852746865d0ff4 -> 71c64b2132dc6c42
-- Changes:
--      1 drop column
--      1 drop index
--      2 drop text search object
-- Hazards:
--   destructive drop column public.articles.search: drops the column and its values [DeletesData]

SET lock_timeout = '10s';
SET statement_timeout = '0';
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

BEGIN;

DO $state_functions$ BEGIN
  IF pg_catalog.has_database_privilege(pg_catalog.current_database(), 'TEMPORARY') THEN
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_column_type(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_default(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN a.attgenerated = 's' THEN 'GENERATED ' ELSE 'DEFAULT ' END || coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'none')
  FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_column(rel regclass, col name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_temp.schemadelta_column_type(rel, col)
         || CASE WHEN a.attnotnull THEN ' NOT NULL ' ELSE ' ' END || pg_temp.schemadelta_default(rel, col)
  FROM pg_catalog.pg_attribute a WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_constraint(rel regclass, con name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN c.contype = 'f' THEN
           c.confrelid::regclass::text || ' ('
           || (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY k.n) FROM pg_catalog.unnest(c.confkey) WITH ORDINALITY AS k(num, n)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num)
           || ') <- ('
           || (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY k.n) FROM pg_catalog.unnest(c.conkey) WITH ORDINALITY AS k(num, n)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num)
           || ') ' || c.confupdtype::text || c.confdeltype::text || c.confmatchtype::text
           || CASE WHEN c.condeferrable THEN 'D' ELSE '' END || CASE WHEN c.condeferred THEN 'I' ELSE '' END
         ELSE pg_catalog.pg_get_constraintdef(c.oid) END
  FROM pg_catalog.pg_constraint c WHERE c.conrelid = rel AND c.conname = con
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_table(rel regclass, shape regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT (SELECT CASE WHEN relkind IN ('r', 'p') THEN '' ELSE 'relkind ' || relkind::text || ': ' END FROM pg_catalog.pg_class WHERE oid = rel)
         || coalesce((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(s.attname) || ' ' || coalesce(pg_temp.schemadelta_column(rel, s.attname), 'missing'), ', '
                                                   ORDER BY s.attname)
                      FROM pg_catalog.pg_attribute s WHERE s.attrelid = shape AND s.attnum > 0 AND NOT s.attisdropped), '')
         || coalesce((SELECT pg_catalog.string_agg(', CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' '
                                                   || coalesce(pg_temp.schemadelta_constraint(rel, c.conname), 'missing'), '' ORDER BY c.conname)
                      FROM pg_catalog.pg_constraint c WHERE c.conrelid = shape AND c.contype = 'c'), '')
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_index(idx regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || substring(pg_catalog.pg_get_indexdef(i.indexrelid) FROM ' USING (.*)$')
  FROM pg_catalog.pg_index i WHERE i.indexrelid = idx
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_view(rel regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT pg_catalog.pg_get_viewdef(oid) || coalesce(' WITH ' || reloptions::text, '') FROM pg_catalog.pg_class WHERE oid = rel AND relkind IN ('v', 'm')
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_routine(fn regprocedure) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', p.prokind, l.lanname, pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_result(p.oid),
                   p.provolatile, p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel, p.procost,
                   p.prorows, p.proconfig, p.probin, p.prosrc, pg_catalog.pg_get_function_sqlbody(p.oid))
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE p.oid = fn
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_policy(rel regclass, pol name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', p.polcmd, p.polpermissive, p.polroles::regrole[], pg_catalog.pg_get_expr(p.polqual, p.polrelid),
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid))
  FROM pg_catalog.pg_policy p WHERE p.polrelid = rel AND p.polname = pol
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_trigger(rel regclass, trg name) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' | ', t.tgtype, t.tgfoid::regprocedure, encode(t.tgargs, 'escape'), t.tgdeferrable, t.tginitdeferred, t.tgoldtable,
                   t.tgnewtable,
                   (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_catalog.unnest(t.tgattr::int2[]) AS k(num)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.num),
                   substring(pg_catalog.pg_get_triggerdef(t.oid) FROM ' WHEN \((.*)\) EXECUTE '))
  FROM pg_catalog.pg_trigger t WHERE t.tgrelid = rel AND t.tgname = trg AND NOT t.tgisinternal
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_type(typ regtype) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT t.typtype::text || ' ' || CASE t.typtype
    WHEN 'e' THEN (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                   FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
    WHEN 'c' THEN (SELECT relkind::text || ': ' FROM pg_catalog.pg_class WHERE oid = t.typrelid) || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', '
                                                ORDER BY a.attnum)
                   FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
    WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                  || coalesce(' DEFAULT ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0), '')
                  || coalesce((SELECT pg_catalog.string_agg(' CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' ' || pg_catalog.pg_get_constraintdef(c.oid), ''
                                                            ORDER BY c.conname)
                               FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid), '')
    WHEN 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL) FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
    ELSE '' END
  FROM pg_catalog.pg_type t WHERE t.oid = typ
$state$;$$;
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_sequence(seq regclass) RETURNS text
LANGUAGE sql STABLE AS $state$
  SELECT concat_ws(' ', 'AS', s.seqtypid::regtype, 'INCREMENT', s.seqincrement, 'MINVALUE', s.seqmin, 'MAXVALUE', s.seqmax,
                   'START', s.seqstart, 'CACHE', s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END)
  FROM pg_catalog.pg_sequence s WHERE s.seqrelid = seq
$state$;$$;
  END IF;
END $state_functions$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.articles_title_fts') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.articles_title_fts')) THEN
    DROP INDEX IF EXISTS public.articles_title_fts;
  END IF;
END $guard$;
ALTER TABLE public.articles DROP COLUMN IF EXISTS search;
DROP TEXT SEARCH CONFIGURATION IF EXISTS public.articles_cfg;
DROP TEXT SEARCH DICTIONARY IF EXISTS public.english_nostop;

COMMIT;
