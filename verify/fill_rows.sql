-- Fills every table of the current database with a few generated rows, so that a test can check that
-- a migration and its rollback keep every row byte for byte.
--
-- One DO block; it leaves nothing behind: its helper functions live in pg_temp and are dropped at the end.
-- It never fails as a whole: each row is inserted in its own subtransaction and skipped when every
-- attempt fails. It is deterministic: the same schema always gets the same rows (no random(), no now()).
--
--   1. Tables: ordinary and partitioned tables of every schema except the system ones and
--      schemadelta_archive; not partitions (rows go in through their parent and are routed, a row with no
--      partition is skipped) and not tables that belong to an extension.
--   2. Order: referenced tables before the tables that reference them; in a cycle, the table that waits
--      on the fewest others goes first, and its foreign keys to empty tables get NULL.
--   3. Rows: row n of a table (n = 1 .. rows_per_table) gets, in each column, a value made from n and
--      the column's type and name (see fill_rows_value), the first of a few that the column's type
--      (domain CHECKs included) and the table's CHECK constraints on that column alone accept (see
--      fill_rows_pick). Columns GENERATED ALWAYS (identity or stored expression) are left to their
--      default. The columns of a foreign key take the key of one existing row of the referenced table
--      (NULL when it has none); foreign keys declared on partitions count as their root's.
--   4. Retries: when the insert fails (a CHECK on several columns, UNIQUE, no partition, a trigger ...),
--      row n is tried again with the constants written in the column's CHECK constraints, domains and
--      partition bounds and with other generated values, then once more with NULL in every nullable column.
--   5. One NOTICE: how many tables got rows and which stayed empty (SET client_min_messages = debug
--      shows the last error of each empty table).
DO $fill$
DECLARE
    rows_per_table constant integer := 5;  -- rows tried in each table

    waiting oid[];          -- tables not yet ordered (step 2)
    ordered oid[] := '{}';  -- tables in insert order
    next_table oid;

    tbl oid;
    table_name text;        -- schema-qualified, quoted
    -- The columns the inserts set, one array element per column
    col_attnums smallint[];
    col_names text[];
    col_types oid[];
    col_typmods integer[];
    col_sqltypes text[];    -- format_type(): what a value is cast to
    col_notnull boolean[];
    col_checks text[];      -- the table's CHECKs on the column alone, as one condition (NULL: none)
    col_literals jsonb[];   -- constants of the column's CHECKs, domains and partition bounds (step 4)
    fk_queries text[];      -- one query per foreign key: its columns' values from one parent row

    n integer;
    attempt integer;
    k integer;
    fk_query text;
    fk_values jsonb;        -- attnum -> value text of the foreign key columns of row n
    parent_key jsonb;       -- what one fk_query returned
    literal text;
    value text;
    column_list text;
    value_list text;
    added bigint;
    table_rows bigint;
    last_error text;

    filled integer := 0;
    empty_tables text[] := '{}';
BEGIN
    -- Deferred constraints would be checked at commit, outside the subtransactions that can skip a row.
    SET CONSTRAINTS ALL IMMEDIATE;

    -- Quotes a value as an element of an array, a field of a composite or a bound of a range literal.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_quote(value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $quote$
        SELECT '"' || replace(replace(value, E'\\', E'\\\\'), '"', E'\\"') || '"'
    $quote$;

    -- Whether a column accepts a value (text): its type, with domain CHECKs and length limits, and
    -- checks, the condition made of the table's CHECKs on that column alone (evaluated on a one-row
    -- subquery whose only column has the column's name; that column is also selected, else the planner
    -- would never cast the value).
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_fits(value text, sqltype text, column_name text, checks text)
    RETURNS boolean LANGUAGE plpgsql AS $fits$
    DECLARE
        cast_value text;
        accepted boolean;
    BEGIN
        EXECUTE format('SELECT %I::text, %s FROM (SELECT %L::%s AS %I) AS fill_rows_row',
                       column_name, coalesce(checks, 'true'), value, sqltype, column_name) INTO cast_value, accepted;
        RETURN accepted;
    EXCEPTION WHEN OTHERS THEN
        RETURN false;
    END $fits$;

    -- The text of a value of a type, made from seed (the row number, or another number on a retry) and
    -- label (the column's name).
    -- style (0 .. 4) only changes strings: "label_1", "label1", "LABEL1", "00001", "label_1@example.com",
    -- so that one of them may satisfy a CHECK with a pattern. NULL for a type it does not know.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_value(value_type oid, value_typmod integer, label text, seed integer,
                                                       style integer)
    RETURNS text LANGUAGE plpgsql AS $value$
    DECLARE
        t pg_catalog.pg_type;
        inner_value text;
        text_value text;
        max_length integer;
        integer_digits integer;
        bit_length integer;
    BEGIN
        SELECT * INTO t FROM pg_catalog.pg_type WHERE oid = value_type;

        -- A domain: a value of its base type (its CHECKs may reject it: the caller tests that).
        IF t.typtype = 'd' THEN
            RETURN pg_temp.fill_rows_value(t.typbasetype, t.typtypmod, label, seed, style);
        END IF;

        -- An array: one element ('{}' when the element type is unknown).
        IF t.typsubscript = 'pg_catalog.array_subscript_handler'::regproc THEN
            inner_value := pg_temp.fill_rows_value(t.typelem, value_typmod, label, seed, style);
            RETURN '{' || coalesce(pg_temp.fill_rows_quote(inner_value), '') || '}';
        END IF;

        -- An enum: its labels in turn.
        IF t.typtype = 'e' THEN
            RETURN (SELECT e.enumlabel FROM pg_catalog.pg_enum e
                    WHERE e.enumtypid = value_type
                    ORDER BY e.enumsortorder
                    OFFSET (seed - 1) % nullif((SELECT count(*) FROM pg_catalog.pg_enum WHERE enumtypid = value_type), 0)
                    LIMIT 1);
        END IF;

        -- A composite: a value for each field, named after the field (unknown fields NULL).
        IF t.typtype = 'c' THEN
            RETURN (SELECT '(' || string_agg(coalesce(pg_temp.fill_rows_quote(
                                    pg_temp.fill_rows_value(a.atttypid, a.atttypmod, a.attname, seed, style)), ''), ','
                                 ORDER BY a.attnum) || ')'
                    FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped);
        END IF;

        -- A range: the single point [v, v], never empty. A multirange: that one range.
        IF t.typtype = 'r' THEN
            inner_value := pg_temp.fill_rows_quote(pg_temp.fill_rows_value(
                (SELECT rngsubtype FROM pg_catalog.pg_range WHERE rngtypid = value_type), -1, label, seed, style));
            RETURN '[' || inner_value || ',' || inner_value || ']';
        END IF;
        IF t.typtype = 'm' THEN
            RETURN '{' || pg_temp.fill_rows_value(
                (SELECT rngtypid FROM pg_catalog.pg_range WHERE rngmultitypid = value_type), -1, label, seed, style) || '}';
        END IF;

        -- Text in the given style, keeping its end when longer than varchar(n) / char(n) allow.
        text_value := CASE style
                          WHEN 0 THEN label || '_' || seed
                          WHEN 1 THEN lower(regexp_replace(label, '[^[:alnum:]]', '', 'g')) || seed
                          WHEN 2 THEN upper(regexp_replace(label, '[^[:alnum:]]', '', 'g')) || seed
                          WHEN 3 THEN lpad(seed::text, 5, '0')
                          ELSE label || '_' || seed || '@example.com'
                      END;
        IF t.typname IN ('varchar', 'bpchar') AND t.typnamespace = 'pg_catalog'::regnamespace AND value_typmod >= 4 THEN
            max_length := value_typmod - 4;
            IF length(text_value) > max_length THEN
                text_value := right(text_value, max_length);
            END IF;
        END IF;

        -- Built-in base types. Fractions are halves and times whole seconds, so that they print exactly.
        IF t.typnamespace = 'pg_catalog'::regnamespace THEN
            CASE t.typname
                WHEN 'int2', 'int4', 'int8', 'oid', 'money' THEN
                    RETURN seed::text;
                WHEN 'numeric' THEN
                    -- seed + 0.5, fitted to numeric(p, s): at most p - s integer digits, no fraction when s = 0
                    IF value_typmod < 4 THEN
                        RETURN seed || '.5';
                    END IF;
                    integer_digits := least(((value_typmod - 4) >> 16) - ((value_typmod - 4) & 2047), 9);
                    RETURN (seed % (10 ^ greatest(integer_digits, 0))::integer)::text
                           || CASE WHEN (value_typmod - 4) & 2047 > 0 THEN '.5' ELSE '' END;
                WHEN 'float4', 'float8' THEN
                    RETURN seed || '.5';
                WHEN 'bool' THEN
                    RETURN CASE WHEN seed % 2 = 1 THEN 'true' ELSE 'false' END;
                WHEN 'text', 'varchar', 'bpchar', 'name' THEN
                    RETURN text_value;
                WHEN 'char' THEN
                    RETURN chr(97 + (seed - 1) % 26);
                WHEN 'date' THEN
                    RETURN to_char(date '2001-01-01' + seed, 'YYYY-MM-DD');
                WHEN 'timestamp', 'timestamptz', 'time', 'timetz' THEN
                    text_value := to_char(timestamp '2001-01-01 00:00:00' + seed * interval '1 day 1 hour 1 minute 1 second',
                                          CASE WHEN t.typname LIKE 'timestamp%' THEN 'YYYY-MM-DD HH24:MI:SS' ELSE 'HH24:MI:SS' END);
                    RETURN text_value || CASE WHEN t.typname IN ('timestamptz', 'timetz') THEN '+00' ELSE '' END;
                WHEN 'interval' THEN
                    RETURN seed || ' days ' || seed || ' hours';
                WHEN 'uuid' THEN
                    RETURN md5(label || '_' || seed);
                WHEN 'json', 'jsonb' THEN
                    RETURN json_build_object(label, seed)::text;
                WHEN 'bytea' THEN
                    RETURN '\x' || encode(convert_to(text_value, 'UTF8'), 'hex');
                WHEN 'inet' THEN
                    RETURN format('10.0.%s.%s', seed / 256 % 256, seed % 256);
                WHEN 'cidr' THEN
                    RETURN format('10.%s.%s.0/24', seed / 256 % 256, seed % 256);
                WHEN 'macaddr', 'macaddr8' THEN
                    RETURN CASE WHEN t.typname = 'macaddr8' THEN '08:00:2b:00:00:00:' ELSE '08:00:2b:00:' END
                           || lpad(to_hex(seed / 256 % 256), 2, '0') || ':' || lpad(to_hex(seed % 256), 2, '0');
                WHEN 'bit', 'varbit' THEN
                    -- the seed's low bits; bit(n) has exactly n, varbit(n) at most n (8 without a limit)
                    bit_length := CASE WHEN value_typmod > 0 THEN value_typmod ELSE 8 END;
                    RETURN right(repeat('0', bit_length) || seed::bigint::bit(64)::text, bit_length);
                WHEN 'xml' THEN
                    RETURN '<v>' || seed || '</v>';
                WHEN 'tsvector', 'tsquery' THEN
                    RETURN 'word' || seed;
                WHEN 'point' THEN
                    RETURN format('(%s,%s)', seed, seed);
                WHEN 'line' THEN
                    RETURN format('{1,-1,%s}', seed);
                WHEN 'lseg', 'path' THEN
                    RETURN format('[(0,0),(%s,%s)]', seed, seed);
                WHEN 'box' THEN
                    RETURN format('(%s,%s),(0,0)', seed, seed);
                WHEN 'polygon' THEN
                    RETURN format('((0,0),(%s,%s),(%s,0))', seed, seed, seed);
                WHEN 'circle' THEN
                    RETURN format('<(%s,%s),1>', seed, seed);
                WHEN 'pg_lsn' THEN
                    RETURN '0/' || to_hex(seed);
                ELSE
                    RETURN NULL;
            END CASE;
        END IF;

        -- Types of extensions, by category: strings (citext ...), numbers, booleans.
        RETURN CASE t.typcategory
                   WHEN 'S' THEN text_value
                   WHEN 'N' THEN seed::text
                   WHEN 'B' THEN CASE WHEN seed % 2 = 1 THEN 'true' ELSE 'false' END
               END;
    END $value$;

    -- The value of a column for a seed: the first style of fill_rows_value the column accepts, else NULL.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_pick(value_type oid, value_typmod integer, sqltype text,
                                                      column_name text, checks text, seed integer)
    RETURNS text LANGUAGE plpgsql AS $pick$
    DECLARE
        candidate text;
        previous text;
    BEGIN
        FOR style IN 0 .. 4 LOOP
            candidate := pg_temp.fill_rows_value(value_type, value_typmod, column_name, seed, style);
            -- (types without strings give the same value in every style: tried once)
            IF (style = 0 OR candidate IS DISTINCT FROM previous)
               AND pg_temp.fill_rows_fits(candidate, sqltype, column_name, checks) THEN
                RETURN candidate;
            END IF;
            previous := candidate;
        END LOOP;
        RETURN NULL;
    END $pick$;

    -- The constants a column's CHECK constraints, domains and partition bounds name (string literals and
    -- unsigned numbers, in order, without duplicates), kept when the column accepts them (fill_rows_fits).
    -- They are the values most likely to satisfy CHECK (x IN (...)), CHECK (x >= 1901) or to find a partition.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_literals(tbl oid, col_attnum smallint, sqltype text, checks text)
    RETURNS jsonb
    LANGUAGE sql AS $literals$
        WITH RECURSIVE
        col AS (
            SELECT attnum, attname, atttypid FROM pg_catalog.pg_attribute WHERE attrelid = tbl AND attnum = col_attnum),
        -- The column's type and, for a domain, the domains it is built on
        domain_chain(typid) AS (
            SELECT atttypid FROM col
            UNION ALL
            SELECT t.typbasetype FROM pg_catalog.pg_type t JOIN domain_chain d ON t.oid = d.typid WHERE t.typtype = 'd'),
        sources(source, name, body) AS (
            -- CHECK constraints of the table on the column
            SELECT 1, con.conname::text, pg_catalog.pg_get_constraintdef(con.oid)
            FROM pg_catalog.pg_constraint con JOIN col ON col.attnum = ANY (con.conkey)
            WHERE con.conrelid = tbl AND con.contype = 'c'
            UNION ALL
            -- CHECK constraints of its domains
            SELECT 2, con.conname::text, pg_catalog.pg_get_constraintdef(con.oid)
            FROM pg_catalog.pg_constraint con JOIN domain_chain d ON con.contypid = d.typid
            WHERE con.contype = 'c'
            UNION ALL
            -- Bounds of the partitions (at any level) when the column is a partition key: the values of
            -- FOR VALUES IN (...) and the inclusive lower bound of FOR VALUES FROM (...) TO (...)
            SELECT 3, part.relname::text,
                   coalesce(substring(bound FROM 'FROM \((.*?)\) TO'), substring(bound FROM 'IN \((.*)\)$'))
            FROM pg_catalog.pg_partition_tree(tbl) tree
            JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = tree.relid
            JOIN pg_catalog.pg_attribute ka ON ka.attrelid = pt.partrelid AND ka.attnum = ANY (pt.partattrs::int2[])
            JOIN col ON ka.attname = col.attname
            JOIN pg_catalog.pg_inherits i ON i.inhparent = pt.partrelid
            JOIN pg_catalog.pg_class part ON part.oid = i.inhrelid
            CROSS JOIN LATERAL pg_catalog.pg_get_expr(part.relpartbound, part.oid) AS bound),
        literals AS (
            SELECT coalesce(replace(m[1], '''''', ''''), m[2]) AS literal,
                   row_number() OVER (ORDER BY s.source, s.name, match.position) AS position
            FROM sources s,
                 regexp_matches(s.body, $re$'((?:[^']|'')*)'|(?:^|[^\w.])(\d+(?:\.\d+)?)$re$, 'g')
                     WITH ORDINALITY AS match(m, position))
        SELECT coalesce(jsonb_agg(literal ORDER BY first_position), '[]')
        FROM (SELECT literal, min(position) AS first_position FROM literals GROUP BY literal) AS distinct_literals
        WHERE pg_temp.fill_rows_fits(literal, sqltype, (SELECT attname FROM col), checks)
    $literals$;

    -- 1. The tables to fill, by schema and name.
    SELECT coalesce(array_agg(c.oid ORDER BY s.nspname, c.relname), '{}') INTO waiting
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND s.nspname NOT IN ('pg_catalog', 'information_schema', 'schemadelta_archive')
      AND s.nspname NOT LIKE 'pg\_toast%' AND s.nspname NOT LIKE 'pg\_temp\_%'
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e');

    -- 2. Insert order: repeatedly the first waiting table that references no other waiting table (a
    --    reference to a partition counts as one to its root, a foreign key declared on a partition as
    --    one of its root); when only cycles are left, the one that references the fewest. Foreign keys
    --    that partitions inherit from their parent (conparentid set) are the parent's: not counted twice.
    WHILE cardinality(waiting) > 0 LOOP
        SELECT w.relid INTO next_table
        FROM unnest(waiting) WITH ORDINALITY AS w(relid, position)
        ORDER BY (SELECT count(DISTINCT referenced.relid)
                  FROM pg_catalog.pg_constraint fk
                  CROSS JOIN LATERAL (SELECT coalesce(pg_catalog.pg_partition_root(fk.confrelid), fk.confrelid)) AS referenced(relid)
                  WHERE fk.contype = 'f' AND fk.conparentid = 0
                    AND (fk.conrelid = w.relid OR fk.conrelid IN (SELECT relid FROM pg_catalog.pg_partition_tree(w.relid)))
                    AND referenced.relid <> w.relid AND referenced.relid = ANY (waiting)),
                 w.position
        LIMIT 1;
        ordered := ordered || next_table;
        waiting := array_remove(waiting, next_table);
    END LOOP;

    FOREACH tbl IN ARRAY ordered LOOP
        SELECT format('%I.%I', s.nspname, c.relname) INTO table_name
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
        WHERE c.oid = tbl;

        -- 3. The columns to set: all but GENERATED ALWAYS ones (stored expressions and identities).
        SELECT array_agg(a.attnum ORDER BY a.attnum),
               array_agg(a.attname::text ORDER BY a.attnum),
               array_agg(a.atttypid ORDER BY a.attnum),
               array_agg(a.atttypmod ORDER BY a.attnum),
               array_agg(sqltype ORDER BY a.attnum),
               array_agg(a.attnotnull ORDER BY a.attnum),
               array_agg(checks ORDER BY a.attnum),
               array_agg(pg_temp.fill_rows_literals(tbl, a.attnum, sqltype, checks) ORDER BY a.attnum)
        INTO col_attnums, col_names, col_types, col_typmods, col_sqltypes, col_notnull, col_checks, col_literals
        FROM pg_catalog.pg_attribute a
        CROSS JOIN LATERAL format_type(a.atttypid, a.atttypmod) AS sqltype
        CROSS JOIN LATERAL (
            SELECT string_agg('(' || pg_catalog.pg_get_expr(con.conbin, con.conrelid) || ') IS NOT FALSE', ' AND '
                              ORDER BY con.conname)
            FROM pg_catalog.pg_constraint con
            WHERE con.conrelid = tbl AND con.contype = 'c' AND con.conkey = ARRAY[a.attnum]) AS column_checks(checks)
        WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attgenerated = '' AND a.attidentity <> 'a';

        -- Each foreign key: a query that, given n, returns {attnum: value} for its columns from the
        -- ((n - 1) mod count + 1)-th row of the referenced table ordered by the referenced key (NULLs
        -- when it is empty). ONLY for an ordinary table: rows of tables inheriting from it do not count.
        -- Foreign keys declared on partitions are included, their columns mapped to the root's by name;
        -- identical queries (the same key on several partitions) are run once.
        SELECT array_agg(query ORDER BY first_name) INTO fk_queries
        FROM (SELECT format('SELECT jsonb_build_object(%s) FROM (SELECT) AS one LEFT JOIN'
                            ' (SELECT %s, row_number() OVER (ORDER BY %s) AS fill_rows_n, count(*) OVER () AS fill_rows_total'
                            '  FROM %s%I.%I) AS parent'
                            ' ON parent.fill_rows_n = ($1 - 1) %% parent.fill_rows_total + 1',
                            key_columns.pairs, key_columns.names, key_columns.names,
                            CASE WHEN pc.relkind = 'r' THEN 'ONLY ' ELSE '' END, ps.nspname, pc.relname) AS query,
                     min(fk.conname) AS first_name
              FROM pg_catalog.pg_constraint fk
              JOIN pg_catalog.pg_class pc ON pc.oid = fk.confrelid
              JOIN pg_catalog.pg_namespace ps ON ps.oid = pc.relnamespace
              CROSS JOIN LATERAL (
                  SELECT string_agg(format('%L, parent.%I::text', ta.attnum, pa.attname), ', ' ORDER BY key.position) AS pairs,
                         string_agg(format('%I', pa.attname), ', ' ORDER BY key.position) AS names
                  FROM unnest(fk.conkey, fk.confkey) WITH ORDINALITY AS key(child_attnum, parent_attnum, position)
                  JOIN pg_catalog.pg_attribute ca ON ca.attrelid = fk.conrelid AND ca.attnum = key.child_attnum
                  JOIN pg_catalog.pg_attribute ta ON ta.attrelid = tbl AND ta.attname = ca.attname
                  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = fk.confrelid AND pa.attnum = key.parent_attnum) AS key_columns
              WHERE fk.contype = 'f' AND fk.conparentid = 0
                AND (fk.conrelid = tbl OR fk.conrelid IN (SELECT relid FROM pg_catalog.pg_partition_tree(tbl)))
              GROUP BY 1) AS distinct_queries;

        table_rows := 0;
        last_error := NULL;
        FOR n IN 1 .. rows_per_table LOOP
            -- 4. Attempt 0: generated values (a column's constants when it accepts none).
            --    Attempt 1: the column's constants first, values generated from another seed (n + 100 *
            --    attnum: later columns get larger values, for CHECK (a < b)) otherwise.
            --    Attempt 2: as attempt 1, with NULL in every nullable column outside foreign keys.
            -- Each attempt runs in its own subtransaction: a failure (of the insert or of a look-up) only
            -- loses that attempt.
            FOR attempt IN 0 .. 2 LOOP
                BEGIN
                    -- The foreign key columns of row n, each key from one parent row (a later key wins a
                    -- shared column).
                    fk_values := '{}';
                    FOREACH fk_query IN ARRAY coalesce(fk_queries, '{}') LOOP
                        EXECUTE fk_query INTO STRICT parent_key USING n;
                        fk_values := fk_values || parent_key;
                    END LOOP;

                    column_list := '';
                    value_list := '';
                    FOR k IN 1 .. coalesce(cardinality(col_attnums), 0) LOOP
                        IF fk_values ? col_attnums[k]::text THEN
                            value := fk_values ->> col_attnums[k]::text;
                        ELSIF attempt = 2 AND NOT col_notnull[k] THEN
                            value := NULL;
                        ELSE
                            literal := col_literals[k] ->> ((n - 1) % greatest(jsonb_array_length(col_literals[k]), 1));
                            IF attempt = 0 OR literal IS NULL THEN
                                value := coalesce(pg_temp.fill_rows_pick(col_types[k], col_typmods[k], col_sqltypes[k],
                                                                         col_names[k], col_checks[k],
                                                                         CASE WHEN attempt = 0 THEN n ELSE n + 100 * col_attnums[k] END),
                                                  literal);
                            ELSE
                                value := literal;
                            END IF;
                        END IF;
                        column_list := column_list || CASE WHEN k > 1 THEN ', ' ELSE '' END || quote_ident(col_names[k]);
                        value_list := value_list || CASE WHEN k > 1 THEN ', ' ELSE '' END
                                      || quote_nullable(value) || '::' || col_sqltypes[k];
                    END LOOP;

                    IF column_list = '' THEN
                        EXECUTE format('INSERT INTO %s DEFAULT VALUES', table_name);
                    ELSE
                        EXECUTE format('INSERT INTO %s (%s) VALUES (%s)', table_name, column_list, value_list);
                    END IF;
                    GET DIAGNOSTICS added = ROW_COUNT;  -- 0 when a trigger dropped the row
                    table_rows := table_rows + added;
                    EXIT;
                EXCEPTION WHEN OTHERS THEN
                    last_error := SQLERRM;
                END;
            END LOOP;
        END LOOP;

        IF table_rows > 0 THEN
            filled := filled + 1;
        ELSE
            empty_tables := empty_tables || table_name;
            RAISE DEBUG 'fill_rows: % left empty: %', table_name, coalesce(last_error, 'every row dropped by a trigger');
        END IF;
    END LOOP;

    DROP FUNCTION pg_temp.fill_rows_literals(oid, smallint, text, text);
    DROP FUNCTION pg_temp.fill_rows_pick(oid, integer, text, text, text, integer);
    DROP FUNCTION pg_temp.fill_rows_value(oid, integer, text, integer, integer);
    DROP FUNCTION pg_temp.fill_rows_fits(text, text, text, text);
    DROP FUNCTION pg_temp.fill_rows_quote(text);

    -- 5. The summary.
    RAISE NOTICE 'fill_rows: % tables filled, % left empty%', filled, cardinality(empty_tables),
        CASE WHEN cardinality(empty_tables) > 0 THEN ': ' || array_to_string(empty_tables, ', ') ELSE '' END;
END
$fill$;
