-- schemadelta migration:  -> 
-- source fingerprint 755dd5780f641123, target fingerprint 2909e073acae9166
-- state fingerprint e3293f9b9795f92d -> 9a2f508ba494a7ed
-- Changes:
--      5 add constraint
--      3 attach partition
--      4 create table
-- Hazards: none (every change is safe)

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
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.measurements') IS NULL THEN
  CREATE TABLE IF NOT EXISTS public.measurements (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
)
PARTITION BY RANGE (taken_at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'table public.measurements';
ELSE PERFORM pg_temp.schemadelta_pinned('table public.measurements', $$pg_temp.schemadelta_table(pg_catalog.to_regclass('public.measurements'), 'pg_temp.schemadelta_shadow'::regclass)$$, $$CREATE TABLE pg_temp.schemadelta_shadow (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);$$, $$pg_temp.schemadelta_table('pg_temp.schemadelta_shadow'::regclass, 'pg_temp.schemadelta_shadow'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.measurements@83fa208f"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_table('public.measurements@83fa208f', 'public', 'measurements', ARRAY['device_id', 'taken_at', 'value']::text[], ARRAY['integer', 'timestamp with time zone', 'double precision']::text[], ARRAY['device_id', 'taken_at', 'value']::text[]); END IF; END $restore$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.measurements_2024') IS NULL THEN
  CREATE TABLE IF NOT EXISTS public.measurements_2024 (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'table public.measurements_2024';
ELSE PERFORM pg_temp.schemadelta_pinned('table public.measurements_2024', $$pg_temp.schemadelta_table(pg_catalog.to_regclass('public.measurements_2024'), 'pg_temp.schemadelta_shadow'::regclass)$$, $$CREATE TABLE pg_temp.schemadelta_shadow (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);$$, $$pg_temp.schemadelta_table('pg_temp.schemadelta_shadow'::regclass, 'pg_temp.schemadelta_shadow'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.measurements_2024@83fa208f"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_table('public.measurements_2024@83fa208f', 'public', 'measurements_2024', ARRAY['device_id', 'taken_at', 'value']::text[], ARRAY['integer', 'timestamp with time zone', 'double precision']::text[], ARRAY['device_id', 'taken_at', 'value']::text[]); END IF; END $restore$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.measurements_2025') IS NULL THEN
  CREATE TABLE IF NOT EXISTS public.measurements_2025 (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'table public.measurements_2025';
ELSE PERFORM pg_temp.schemadelta_pinned('table public.measurements_2025', $$pg_temp.schemadelta_table(pg_catalog.to_regclass('public.measurements_2025'), 'pg_temp.schemadelta_shadow'::regclass)$$, $$CREATE TABLE pg_temp.schemadelta_shadow (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);$$, $$pg_temp.schemadelta_table('pg_temp.schemadelta_shadow'::regclass, 'pg_temp.schemadelta_shadow'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.measurements_2025@83fa208f"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_table('public.measurements_2025@83fa208f', 'public', 'measurements_2025', ARRAY['device_id', 'taken_at', 'value']::text[], ARRAY['integer', 'timestamp with time zone', 'double precision']::text[], ARRAY['device_id', 'taken_at', 'value']::text[]); END IF; END $restore$;
DO $pinned$ BEGIN IF pg_catalog.to_regclass('public.measurements_default') IS NULL THEN
  CREATE TABLE IF NOT EXISTS public.measurements_default (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'table public.measurements_default';
ELSE PERFORM pg_temp.schemadelta_pinned('table public.measurements_default', $$pg_temp.schemadelta_table(pg_catalog.to_regclass('public.measurements_default'), 'pg_temp.schemadelta_shadow'::regclass)$$, $$CREATE TABLE pg_temp.schemadelta_shadow (
    device_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);$$, $$pg_temp.schemadelta_table('pg_temp.schemadelta_shadow'::regclass, 'pg_temp.schemadelta_shadow'::regclass)$$, NULL, NULL); END IF; END $pinned$;
DO $restore$ BEGIN IF to_regclass('schemadelta_archive."public.measurements_default@83fa208f"') IS NOT NULL THEN PERFORM schemadelta_archive.restore_table('public.measurements_default@83fa208f', 'public', 'measurements_default', ARRAY['device_id', 'taken_at', 'value']::text[], ARRAY['integer', 'timestamp with time zone', 'double precision']::text[], ARRAY['device_id', 'taken_at', 'value']::text[]); END IF; END $restore$;
SELECT pg_catalog.set_config('search_path', 'public', false);
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.measurements_2024') AND inhparent = to_regclass('public.measurements')) THEN
    BEGIN
      ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
    EXCEPTION WHEN check_violation THEN
      RAISE EXCEPTION 'schemadelta pre-flight: rows of % lie outside its partition bound (%)', 'public.measurements_2024', pg_catalog.regexp_replace((SQLERRM)::text, '[[:cntrl:]]', '?', 'g');
    END;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.measurements_2025') AND inhparent = to_regclass('public.measurements')) THEN
    BEGIN
      ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
    EXCEPTION WHEN check_violation THEN
      RAISE EXCEPTION 'schemadelta pre-flight: rows of % lie outside its partition bound (%)', 'public.measurements_2025', pg_catalog.regexp_replace((SQLERRM)::text, '[[:cntrl:]]', '?', 'g');
    END;
  END IF;
END $guard$;
DO $guard$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = to_regclass('public.measurements_default') AND inhparent = to_regclass('public.measurements')) THEN
    BEGIN
      ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_default DEFAULT;
    EXCEPTION WHEN check_violation THEN
      RAISE EXCEPTION 'schemadelta pre-flight: rows of % lie outside its partition bound (%)', 'public.measurements_default', pg_catalog.regexp_replace((SQLERRM)::text, '[[:cntrl:]]', '?', 'g');
    END;
  END IF;
END $guard$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.measurements_2024') AND conname = 'measurements_2024_pkey') THEN
  ALTER TABLE ONLY public.measurements_2024 ADD CONSTRAINT measurements_2024_pkey PRIMARY KEY (device_id, taken_at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint measurements_2024_pkey on public.measurements_2024';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint measurements_2024_pkey on public.measurements_2024', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.measurements_2024'), 'measurements_2024_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements_2024); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT measurements_2024_pkey PRIMARY KEY (device_id, taken_at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'measurements_2024_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.measurements_2025') AND conname = 'measurements_2025_pkey') THEN
  ALTER TABLE ONLY public.measurements_2025 ADD CONSTRAINT measurements_2025_pkey PRIMARY KEY (device_id, taken_at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint measurements_2025_pkey on public.measurements_2025';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint measurements_2025_pkey on public.measurements_2025', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.measurements_2025'), 'measurements_2025_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements_2025); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT measurements_2025_pkey PRIMARY KEY (device_id, taken_at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'measurements_2025_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.measurements_default') AND conname = 'measurements_default_pkey') THEN
  ALTER TABLE ONLY public.measurements_default ADD CONSTRAINT measurements_default_pkey PRIMARY KEY (device_id, taken_at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint measurements_default_pkey on public.measurements_default';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint measurements_default_pkey on public.measurements_default', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.measurements_default'), 'measurements_default_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements_default); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT measurements_default_pkey PRIMARY KEY (device_id, taken_at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'measurements_default_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.measurements') AND conname = 'measurements_pkey') THEN
  ALTER TABLE public.measurements ADD CONSTRAINT measurements_pkey PRIMARY KEY (device_id, taken_at);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint measurements_pkey on public.measurements';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint measurements_pkey on public.measurements', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.measurements'), 'measurements_pkey')$$, $$CREATE TABLE pg_temp.schemadelta_shadow (LIKE public.measurements); ALTER TABLE pg_temp.schemadelta_shadow ADD CONSTRAINT measurements_pkey PRIMARY KEY (device_id, taken_at);$$, $$pg_temp.schemadelta_constraint('pg_temp.schemadelta_shadow'::regclass, 'measurements_pkey')$$, NULL, NULL); END IF; END $pinned$;
DO $pinned$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = pg_catalog.to_regclass('public.measurements') AND conname = 'measurements_device_id_fkey') THEN
  ALTER TABLE public.measurements ADD CONSTRAINT measurements_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices(id);
ELSIF pg_catalog.to_regprocedure('pg_temp.schemadelta_pinned(text, text, text, text, text, text)') IS NULL THEN RAISE EXCEPTION 'schemadelta: % exists; comparing it with the target needs the TEMPORARY privilege on this database', 'constraint measurements_device_id_fkey on public.measurements';
ELSE PERFORM pg_temp.schemadelta_pinned('constraint measurements_device_id_fkey on public.measurements', $$pg_temp.schemadelta_constraint(pg_catalog.to_regclass('public.measurements'), 'measurements_device_id_fkey')$$, NULL, $$pg_catalog.to_regclass('public.devices')::text || ' (id) <- (device_id) aas'$$, NULL, NULL); END IF; END $pinned$;
SELECT pg_catalog.set_config('search_path', '', false);
DO $restore$ DECLARE record_found record; BEGIN
  IF to_regclass('schemadelta_archive.holdings') IS NOT NULL THEN
    FOR record_found IN SELECT * FROM schemadelta_archive.holdings WHERE kind = 'sequence' AND migration = '83fa208f' LOOP
      IF to_regclass(format('%I.%I', record_found.object_schema, record_found.object_name)) IS NOT NULL THEN
        PERFORM pg_catalog.setval(format('%I.%I', record_found.object_schema, record_found.object_name)::regclass, record_found.sequence_last_value, record_found.sequence_is_called);
        DELETE FROM schemadelta_archive.holdings WHERE holding = record_found.holding;
      END IF;
    END LOOP;
  END IF;
END $restore$;

COMMIT;
