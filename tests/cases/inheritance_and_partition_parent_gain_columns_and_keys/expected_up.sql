-- schemadelta migration:  -> 
-- source fingerprint 319714d5398f7b07, target fingerprint bdac845b8a76b8eb
-- state fingerprint 3a9566853a7e31f0 -> b73af20daac2b952
-- Changes:
--      2 add column
--      6 add constraint
--      2 attach index
--      3 create index
-- Hazards:
--   blocking    add constraint public.meas_2024_pkey on public.meas_2024: checks every existing row [MayFailOnExistingRows, BlocksWrites]
--   blocking    add constraint public.meas_2025_pkey on public.meas_2025: checks every existing row [MayFailOnExistingRows, BlocksWrites]
--   blocking    add constraint public.meas_id_check on public.meas: checks every existing row [MayFailOnExistingRows, BlocksWrites]
--   blocking    add constraint public.meas_pkey on public.meas: checks every existing row [MayFailOnExistingRows, BlocksWrites]
--   blocking    add constraint public.parent_name_check on public.parent: checks every existing row [MayFailOnExistingRows, BlocksWrites]
--   blocking    create index public.meas_2024_at_idx: builds an index; writes wait (use --concurrently) [BlocksWrites]
--   blocking    create index public.meas_2025_at_idx: builds an index; writes wait (use --concurrently) [BlocksWrites]
--   blocking    create index public.meas_at: builds an index; writes wait (use --concurrently) [BlocksWrites]
--   blocking    add constraint public.meas_ref on public.meas: checks every existing row [MayFailOnExistingRows, BlocksWrites]

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
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public.parent') AND attname = 'added' AND attnum > 0 AND NOT attisdropped) THEN
  ALTER TABLE public.parent ADD COLUMN IF NOT EXISTS added text;
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'column public.parent.added';
ELSE PERFORM pg_temp.schemadelta_pinned('column public.parent.added', $$pg_temp.schemadelta_column(pg_catalog.to_regclass('public.parent'), 'added')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.parent); ALTER TABLE pg_temp.schemadelta_shadow DROP COLUMN IF EXISTS added; ALTER TABLE pg_temp.schemadelta_shadow ADD COLUMN added text;$$, $$pg_temp.schemadelta_column('pg_temp.schemadelta_shadow'::regclass, 'added')$$, NULL, NULL); END IF; END $pinned$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.meas.note@2c4827dc"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_column('public.meas.note@2c4827dc', 'public', 'meas', 'note', 'note', 'note text', 'text', ARRAY['id', 'at']::text[], ARRAY['id', 'at']::text[], false, NULL); END IF; END $restore$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass('public.meas') AND attname = 'note' AND attnum > 0 AND NOT attisdropped) THEN
  ALTER TABLE public.meas ADD COLUMN IF NOT EXISTS note text;
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'column public.meas.note';
ELSE PERFORM pg_temp.schemadelta_pinned('column public.meas.note', $$pg_temp.schemadelta_column(pg_catalog.to_regclass('public.meas'), 'note')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas); ALTER TABLE pg_temp.schemadelta_shadow DROP COLUMN IF EXISTS note; ALTER TABLE pg_temp.schemadelta_shadow ADD COLUMN note text;$$, $$pg_temp.schemadelta_column('pg_temp.schemadelta_shadow'::regclass, 'note')$$, NULL, NULL); END IF; END $pinned$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM ONLY public.meas_2024 WHERE true GROUP BY id, at HAVING count(*) > 1) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'duplicate values of (id, at) in public.meas_2024: constraint meas_2024_pkey would fail';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.meas_2024') AND conname = 'meas_2024_pkey') THEN
  ALTER TABLE ONLY public.meas_2024 ADD CONSTRAINT meas_2024_pkey PRIMARY KEY (id, at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint meas_2024_pkey on public.meas_2024';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint meas_2024_pkey on public.meas_2024', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.meas_2024'), 'meas_2024_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas_2024); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT meas_2024_pkey PRIMARY KEY (id, at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'meas_2024_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM ONLY public.meas_2025 WHERE true GROUP BY id, at HAVING count(*) > 1) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'duplicate values of (id, at) in public.meas_2025: constraint meas_2025_pkey would fail';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.meas_2025') AND conname = 'meas_2025_pkey') THEN
  ALTER TABLE ONLY public.meas_2025 ADD CONSTRAINT meas_2025_pkey PRIMARY KEY (id, at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint meas_2025_pkey on public.meas_2025';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint meas_2025_pkey on public.meas_2025', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.meas_2025'), 'meas_2025_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas_2025); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT meas_2025_pkey PRIMARY KEY (id, at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'meas_2025_pkey')$$, NULL, NULL); END IF; END $pinned$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM public.meas WHERE NOT (id > 0);
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.meas violate check meas_id_check';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.meas') AND conname = 'meas_id_check') THEN
  ALTER TABLE public.meas ADD CONSTRAINT meas_id_check CHECK (id > 0);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint meas_id_check on public.meas';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint meas_id_check on public.meas', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.meas'), 'meas_id_check')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT meas_id_check CHECK (id > 0);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'meas_id_check')$$, NULL, NULL); END IF; END $pinned$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.meas WHERE true GROUP BY id, at HAVING count(*) > 1) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'duplicate values of (id, at) in public.meas: constraint meas_pkey would fail';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.meas') AND conname = 'meas_pkey') THEN
  ALTER TABLE public.meas ADD CONSTRAINT meas_pkey PRIMARY KEY (id, at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint meas_pkey on public.meas';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint meas_pkey on public.meas', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.meas'), 'meas_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT meas_pkey PRIMARY KEY (id, at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'meas_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM public.parent WHERE NOT (name <> '');
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.parent violate check parent_name_check';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.parent') AND conname = 'parent_name_check') THEN
  ALTER TABLE public.parent ADD CONSTRAINT parent_name_check CHECK (name <> '');
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint parent_name_check on public.parent';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint parent_name_check on public.parent', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.parent'), 'parent_name_check')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.parent); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT parent_name_check CHECK (name <> '');$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'parent_name_check')$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.meas_2024_at_idx') IS NULL THEN
  CREATE INDEX IF NOT EXISTS meas_2024_at_idx ON public.meas_2024 USING btree ((at));
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'index public.meas_2024_at_idx';
ELSE PERFORM pg_temp.schemadelta_pinned('index public.meas_2024_at_idx', $$pg_temp.schemadelta_index(pg_catalog.to_regclass('public.meas_2024_at_idx'))$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas_2024); CREATE INDEX schemadelta_shadow_index ON pg_temp.schemadelta_shadow USING btree ((at));$$, $$pg_temp.schemadelta_index('pg_temp.schemadelta_shadow_index'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.meas_2025_at_idx') IS NULL THEN
  CREATE INDEX IF NOT EXISTS meas_2025_at_idx ON public.meas_2025 USING btree ((at));
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'index public.meas_2025_at_idx';
ELSE PERFORM pg_temp.schemadelta_pinned('index public.meas_2025_at_idx', $$pg_temp.schemadelta_index(pg_catalog.to_regclass('public.meas_2025_at_idx'))$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas_2025); CREATE INDEX schemadelta_shadow_index ON pg_temp.schemadelta_shadow USING btree ((at));$$, $$pg_temp.schemadelta_index('pg_temp.schemadelta_shadow_index'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.meas_at') IS NULL THEN
  CREATE INDEX IF NOT EXISTS meas_at ON ONLY public.meas USING btree ((at));
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'index public.meas_at';
ELSE PERFORM pg_temp.schemadelta_pinned('index public.meas_at', $$pg_temp.schemadelta_index(pg_catalog.to_regclass('public.meas_at'))$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.meas); CREATE INDEX schemadelta_shadow_index ON pg_temp.schemadelta_shadow USING btree ((at));$$, $$pg_temp.schemadelta_index('pg_temp.schemadelta_shadow_index'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.meas_2024_at_idx') AND inhparent = to_regclass('public.meas_at')) THEN
    ALTER INDEX public.meas_at ATTACH PARTITION public.meas_2024_at_idx;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.meas_2025_at_idx') AND inhparent = to_regclass('public.meas_at')) THEN
    ALTER INDEX public.meas_at ATTACH PARTITION public.meas_2025_at_idx;
  END IF;
END $guard$;
DO $preflight$ DECLARE bad bigint; BEGIN
  SELECT count(*) INTO bad FROM (SELECT 1 FROM public.meas AS child WHERE child.ref_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.ref AS parent WHERE parent.id = child.ref_id)) AS rows_found;
  IF bad > 0 THEN
    RAISE EXCEPTION 'schemadelta pre-flight: % %', bad, 'rows of public.meas reference missing rows of public.ref: foreign key meas_ref would fail';
  END IF;
END $preflight$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.meas') AND conname = 'meas_ref') THEN
  ALTER TABLE public.meas ADD CONSTRAINT meas_ref FOREIGN KEY (ref_id) REFERENCES public.ref(id);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint meas_ref on public.meas';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint meas_ref on public.meas', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.meas'), 'meas_ref')$$, NULL, $$pg_catalog.to_regclass('public.ref')::text || ' (id) <- (ref_id) aas'$$, NULL, NULL); END IF; END $pinned$;
SELECT pg_catalog.set_config('search_path', '', false);
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '2c4827dc' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;
