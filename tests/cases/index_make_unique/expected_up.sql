-- schemadelta migration:  -> 
-- source fingerprint 503bb965c79a302e, target fingerprint f55881450985da84
-- state fingerprint ea2547a21d84f82c -> 10a1616e284c4b24
-- Changes:
--      1 create index
--      1 drop index
-- Hazards:
--   blocking    create index public.users_email_idx: builds a unique index: fails (pre-flight) on duplicate rows [MayFailOnExistingRows, BlocksWrites]

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
    EXECUTE $$CREATE OR REPLACE FUNCTION pg_temp.schemadelta_pinned(what text, found_expr text, target_ddl text, target_expr text, source_ddl text, source_expr text)
RETURNS boolean LANGUAGE plpgsql AS $state$
DECLARE found_state text; target_value text; source_value text; found_read boolean := false; shadow_error text;
BEGIN
  BEGIN
    IF target_ddl IS NOT NULL THEN EXECUTE target_ddl; END IF;
    EXECUTE 'SELECT ' || target_expr INTO target_value;
    EXECUTE 'SELECT ' || found_expr INTO found_state;
    found_read := true;
    RAISE SQLSTATE 'SDPIN';
  EXCEPTION WHEN SQLSTATE 'SDPIN' THEN NULL;
    WHEN others THEN target_value := NULL; shadow_error := SQLERRM;
  END;
  IF NOT found_read THEN
    BEGIN
      EXECUTE 'SELECT ' || found_expr INTO found_state;
    EXCEPTION WHEN others THEN
      RAISE EXCEPTION 'schemadelta: % cannot be compared with the target: %', what, pg_catalog.regexp_replace((shadow_error)::text, '[[:cntrl:]]', '?', 'g');
    END;
  END IF;
  IF source_expr IS NOT NULL THEN
    BEGIN
      IF source_ddl IS NOT NULL THEN EXECUTE source_ddl; END IF;
      EXECUTE 'SELECT ' || source_expr INTO source_value;
      RAISE SQLSTATE 'SDPIN';
    EXCEPTION WHEN SQLSTATE 'SDPIN' THEN NULL;
      WHEN others THEN source_value := NULL;
    END;
  END IF;
  IF found_state IS NOT DISTINCT FROM target_value THEN
    RETURN false;
  ELSIF source_expr IS NOT NULL AND found_state IS NOT DISTINCT FROM source_value THEN
    RETURN true;
  END IF;
  RAISE EXCEPTION 'schemadelta: % is not as this script expects: found %, expected %', what, pg_catalog.regexp_replace((coalesce(found_state, 'nothing'))::text, '[[:cntrl:]]', '?', 'g'),
    CASE WHEN source_expr IS NULL THEN pg_catalog.regexp_replace((target_value)::text, '[[:cntrl:]]', '?', 'g') ELSE pg_catalog.regexp_replace((target_value)::text, '[[:cntrl:]]', '?', 'g') || ' or ' || pg_catalog.regexp_replace((source_value)::text, '[[:cntrl:]]', '?', 'g') END;
END
$state$;$$;
  END IF;
END $state_functions$;
DO $guard$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('public.users_email_idx') AND relkind IN ('i', 'I')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conindid = to_regclass('public.users_email_idx')) AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.users_email_idx')) THEN
    DROP INDEX IF EXISTS public.users_email_idx;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM ONLY public.users WHERE (email) IS NOT NULL GROUP BY (email) HAVING count(*) > 1) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'duplicate values of (email) in public.users: unique index users_email_idx would fail';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.users_email_idx') IS NULL THEN
  CREATE UNIQUE INDEX IF NOT EXISTS users_email_idx ON public.users USING btree ((email));
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'index public.users_email_idx';
ELSE PERFORM pg_temp.schemadelta_pinned('index public.users_email_idx', $$pg_temp.schemadelta_index(pg_catalog.to_regclass('public.users_email_idx'))$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.users); CREATE UNIQUE INDEX schemadelta_shadow_index ON pg_temp.schemadelta_shadow USING btree ((email));$$, $$pg_temp.schemadelta_index('pg_temp.schemadelta_shadow_index'::regclass)$$, NULL, NULL); END IF; END $pinned$;

COMMIT;
