-- schemadelta rollback:  -> 
-- source fingerprint 25a7fb7644a454b8, target fingerprint 5aac8c2b233796e8
-- state fingerprint e1fa95fc7eb20c7b -> 421fa558daf601a3
-- Changes:
--      1 alter column type
--      3 drop column default
--      1 drop column expression
--      6 set column default
-- Hazards:
--   destructive alter column type public.measurements.net: changes integer to smallint, which cannot hold every value of the old type; old values not kept (no key to match rows by) [NarrowsValues, MayFailOnExistingRows, RewritesTable, BlocksWrites, NotHeld]

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
  IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.measurements') AND attname = 'gross' AND attnum > 0 AND NOT attisdropped AND attgenerated = 's' AND attinhcount = 0) THEN
    ALTER TABLE public.measurements ALTER COLUMN gross DROP EXPRESSION IF EXISTS;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public."measurements rest"') AND attname = 'net') THEN
    ALTER TABLE public."measurements rest" ALTER COLUMN net DROP DEFAULT;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.measurements_low') AND attname = 'net') THEN
    ALTER TABLE public.measurements_low ALTER COLUMN net DROP DEFAULT;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public.measurements') AND attname = 'gross' AND attnum > 0 AND NOT attisdropped) THEN
  RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', 'default of column public.measurements.gross';
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'default of column public.measurements.gross';
ELSIF pg_temp.schemadelta_pinned('default of column public.measurements.gross', $$pg_temp.schemadelta_default(pg_catalog.to_regclass('public.measurements'), 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements); ALTER TABLE pg_temp.schemadelta_shadow ALTER COLUMN gross SET DEFAULT 0;$$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements); $$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$) THEN
  ALTER TABLE public.measurements ALTER COLUMN gross SET DEFAULT 0;
END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public."measurements rest"') AND attname = 'gross' AND attnum > 0 AND NOT attisdropped) THEN
  RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', 'default of column public.measurements rest.gross';
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'default of column public.measurements rest.gross';
ELSIF pg_temp.schemadelta_pinned('default of column public.measurements rest.gross', $$pg_temp.schemadelta_default(pg_catalog.to_regclass('public."measurements rest"'), 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public."measurements rest"); ALTER TABLE pg_temp.schemadelta_shadow ALTER COLUMN gross SET DEFAULT 0;$$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public."measurements rest"); $$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$) THEN
  ALTER TABLE public."measurements rest" ALTER COLUMN gross SET DEFAULT 0;
END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public.measurements_low') AND attname = 'gross' AND attnum > 0 AND NOT attisdropped) THEN
  RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', 'default of column public.measurements_low.gross';
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'default of column public.measurements_low.gross';
ELSIF pg_temp.schemadelta_pinned('default of column public.measurements_low.gross', $$pg_temp.schemadelta_default(pg_catalog.to_regclass('public.measurements_low'), 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements_low); ALTER TABLE pg_temp.schemadelta_shadow ALTER COLUMN gross SET DEFAULT 0;$$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements_low); $$, $$pg_temp.schemadelta_default('pg_temp.schemadelta_shadow'::regclass, 'gross')$$) THEN
  ALTER TABLE public.measurements_low ALTER COLUMN gross SET DEFAULT 0;
END IF; END $pinned$;
DO $guard$ BEGIN
  IF (SELECT atthasdef FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('public.measurements') AND attname = 'net') THEN
    ALTER TABLE public.measurements ALTER COLUMN net DROP DEFAULT;
  END IF;
END $guard$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public.measurements') AND attname = 'net' AND attnum > 0 AND NOT attisdropped) THEN
  RAISE EXCEPTION 'schemadelta: % is missing: this script expects it as the source or the target has it', 'column public.measurements.net';
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'column public.measurements.net';
ELSE PERFORM pg_temp.schemadelta_pinned('column public.measurements.net', $$pg_temp.schemadelta_column_type(pg_catalog.to_regclass('public.measurements'), 'net')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (net smallint);$$, $$pg_temp.schemadelta_column_type('pg_temp.schemadelta_shadow'::regclass, 'net')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (net integer);$$, $$pg_temp.schemadelta_column_type('pg_temp.schemadelta_shadow'::regclass, 'net')$$); END IF; END $pinned$;
SELECT pg_catalog.set_config('search_path', '', false);
DO $preflight$ BEGIN
  BEGIN
    PERFORM net::smallint FROM public.measurements;
  EXCEPTION WHEN cannot_coerce THEN
    PERFORM net::text::smallint FROM public.measurements;
  END;
EXCEPTION WHEN others THEN
  RAISE EXCEPTION 'schemadelta pre-flight: values of % do not convert to %: %', 'public.measurements.net', 'smallint', pg_catalog.regexp_replace((SQLERRM)::text, '[[:cntrl:]]', '?', 'g');
END $preflight$;
DO $guard$ BEGIN
  IF (SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) || coalesce(' COLLATE ' || co.collname, '') FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100 AND co.collname <> 'default' WHERE a.attrelid = to_regclass('public.measurements') AND a.attname = 'net') IS DISTINCT FROM 'smallint' THEN
    BEGIN
      ALTER TABLE public.measurements ALTER COLUMN net TYPE smallint USING net::smallint;
    EXCEPTION WHEN cannot_coerce THEN
      ALTER TABLE public.measurements ALTER COLUMN net TYPE smallint USING net::text::smallint;
    END;
  END IF;
END $guard$;
SELECT pg_catalog.set_config('search_path', 'public', false);
ALTER TABLE public.measurements ALTER COLUMN net SET DEFAULT 0;
ALTER TABLE public."measurements rest" ALTER COLUMN net SET DEFAULT 0;
ALTER TABLE public.measurements_low ALTER COLUMN net SET DEFAULT 0;

COMMIT;
