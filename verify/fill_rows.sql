-- Fills every table of the current database with a few generated rows, so that a test can check that
-- a migration and its rollback keep every row byte for byte.
--
-- One DO block; it leaves nothing behind: its helper functions live in pg_temp and are dropped at the end.
-- It does not fail because a table cannot be filled: each row is inserted in its own subtransaction and
-- skipped when every attempt fails. It is deterministic: the same schema always gets the same rows (no
-- random(), no now()).
--
--   1. Tables: ordinary and partitioned tables of every schema except the system ones and
--      schemadelta_archive; not partitions (rows go in through their parent and are routed) and not
--      tables that belong to an extension.
--   2. Order: referenced tables before the tables that reference them; in a cycle, the table that waits
--      on the fewest others goes first (its foreign keys to tables not filled yet are repaired in step 6).
--   3. Values: each column gets, for row n, the first value the column's type (domain CHECKs and length
--      limits included) and the table's CHECKs on that column alone accept, among
--        - generated values made from a seed and the column's type and name (fill_rows_value), in a few
--          string styles;
--        - candidates made from the constants its CHECKs, its domains' CHECKs, the functions those call
--          and partition bounds write: the constants, numbers one above and below them, strings of the
--          lengths they name, a string that matches a regular expression or LIKE pattern among them
--          (fill_rows_candidates);
--        - its default (the column is left out of the INSERT) when nothing else fits.
--      Columns GENERATED ALWAYS (identity or stored expression) are left to their default.
--      Foreign key columns take the key of one existing row of the referenced table; a key of a table
--      to its own rows takes the row's own key while the table is empty; a key to a table not filled
--      yet (a cycle) gets NULL, or when its columns are NOT NULL a generated value inserted with
--      session_replication_role = replica (which skips foreign key checks), repaired in step 6.
--   4. Attempts: when an insert fails (a CHECK on several columns, UNIQUE, no partition, a trigger ...),
--      row n is tried again with the candidates first, with values from other seeds (later columns
--      larger, then smaller: CHECK (a < b), CHECK (a > b)), and with NULL in every nullable column.
--   5. Partitions: each leaf partition still empty after its root's rows is tried again with the
--      constants of its own bounds first, through the root (a row that lands elsewhere is undone).
--   6. Repair: rows whose foreign key columns were left NULL or unchecked because the referenced table
--      was not filled yet are pointed at its rows; rows that cannot be are deleted when unchecked.
--   7. One NOTICE: "fill_rows: " and a JSON object {"tables": M, "filled": N, "empty": [names]}, where
--      the tables counted are those that hold rows: ordinary tables and leaf partitions (a partitioned
--      table without partitions counts as one, empty). SET client_min_messages = debug shows the last
--      error of each empty table.
DO $fill$
DECLARE
    rows_per_table constant integer := 5;  -- rows tried in each table
    attempts constant integer := 5;        -- attempts per row (step 4)

    waiting oid[];          -- tables not yet ordered (step 2)
    ordered oid[] := '{}';  -- tables in insert order
    next_table oid;

    tbl oid;
    target oid;             -- where the rows go: tbl, or one of its leaf partitions (step 5)
    table_name text;        -- schema-qualified, quoted
    -- The columns the inserts set, one array element per column
    col_names text[];
    col_types oid[];
    col_typmods integer[];
    col_sqltypes text[];    -- format_type(): what a value is cast to
    col_notnull boolean[];
    col_hasdefault boolean[];
    col_checks text[];      -- the table's CHECKs on the column alone, as one condition (NULL: none)
    col_strings boolean[];  -- whether the column's type is a string type
    col_candidates jsonb[]; -- values made from constants (step 3)
    target_candidates jsonb[];
    prefer_candidates boolean[];  -- columns whose candidates are combined in every attempt (step 5)
    combination integer;
    fks jsonb;              -- the foreign keys of tbl: [{query, self, notnull, columns: {child: parent}}]
    fk jsonb;

    n integer;
    seed integer;
    row_seed integer;       -- n, made distinct across the targets of a table
    seed_offset integer;
    attempt integer;
    k integer;
    column_count integer;
    fk_values jsonb;        -- column name -> value text of the foreign key columns of row n
    parent_key jsonb;       -- what one fk query returned
    unchecked boolean;      -- the row needs session_replication_role = replica (step 3)
    row_pending jsonb;      -- foreign keys of the row to repair (step 6)
    pending jsonb := '[]';  -- every foreign key to repair: [{table, constraint}]
    values_by_name jsonb;
    candidate text;
    value text;
    column_list text;
    value_list text;
    tried text[];
    landed oid;
    last_error text;

    counted text[] := '{}';
    empty_tables text[] := '{}';
BEGIN
    -- Deferred constraints would be checked at commit, outside the subtransactions that can skip a row.
    SET CONSTRAINTS ALL IMMEDIATE;
    -- (compiling the catalog queries costs more than it saves)
    PERFORM set_config('jit', 'off', true);

    -- Quotes a value as an element of an array, a field of a composite or a bound of a range literal.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_quote(value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $quote$
        SELECT '"' || replace(replace(value, E'\\', E'\\\\'), '"', E'\\"') || '"'
    $quote$;

    -- Whether a table holds a row (itself, not its children or partitions unless everything: a
    -- partitioned table holds none of its own).
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_has_rows(tbl oid, only_itself boolean) RETURNS boolean
    LANGUAGE plpgsql AS $has_rows$
    DECLARE
        found_row boolean;
    BEGIN
        EXECUTE format('SELECT EXISTS (SELECT FROM %s %s)', CASE WHEN only_itself THEN 'ONLY' ELSE '' END, tbl::regclass)
            INTO found_row;
        RETURN found_row;
    END $has_rows$;

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
        IF value IS NULL THEN
            RETURN false;
        END IF;
        EXECUTE format('SELECT %I::text, %s FROM (SELECT %L::%s AS %I) AS fill_rows_row',
                       column_name, coalesce(checks, 'true'), value, sqltype, column_name) INTO cast_value, accepted;
        RETURN accepted;
    EXCEPTION WHEN OTHERS THEN
        RETURN false;
    END $fits$;

    -- A string that a regular expression (or a LIKE pattern, like = true) matches, varied by seed:
    -- anchors and groups are read through, an alternative is its first branch, a class or escape gives
    -- one of its characters, a quantifier its least count (one more for every second seed when it allows).
    -- Not every expression: the caller tests the result.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_sample(pattern text, seed integer, is_like boolean)
    RETURNS text LANGUAGE plpgsql IMMUTABLE AS $sample$
    DECLARE
        lowers constant text := 'abcdefghijklmnopqrstuvwxyz';
        uppers constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        digits constant text := '0123456789';
        result text := '';
        i integer := 1;
        c text;
        choices text;
        negated boolean;
        least_count integer;
        most_count integer;
        braces text[];
        depth integer;
        class_name text;
    BEGIN
        IF is_like THEN
            RETURN replace(replace(replace(pattern, '%', seed::text), '_', 'x'), E'\\', '');
        END IF;
        WHILE i <= length(pattern) LOOP
            c := substr(pattern, i, 1);
            i := i + 1;
            choices := NULL;
            IF c IN ('^', '$') THEN
                CONTINUE;
            ELSIF c = '(' THEN
                IF substr(pattern, i, 2) IN ('?:', '?=', '?!') THEN
                    i := i + 2;
                END IF;
                CONTINUE;
            ELSIF c = ')' THEN
                -- the group once, whatever its quantifier
                IF substr(pattern, i, 1) IN ('?', '*', '+') THEN
                    i := i + 1;
                ELSIF substr(pattern, i, 1) = '{' AND position('}' IN substr(pattern, i)) > 0 THEN
                    i := i + position('}' IN substr(pattern, i));
                END IF;
                CONTINUE;
            ELSIF c = '|' THEN
                -- the first branch is taken: skip to the end of the enclosing group
                depth := 0;
                WHILE i <= length(pattern) LOOP
                    c := substr(pattern, i, 1);
                    EXIT WHEN c = ')' AND depth = 0;
                    IF c = E'\\' THEN
                        i := i + 1;
                    ELSIF c = '(' THEN
                        depth := depth + 1;
                    ELSIF c = ')' THEN
                        depth := depth - 1;
                    END IF;
                    i := i + 1;
                END LOOP;
                CONTINUE;
            ELSIF c = '[' THEN
                choices := '';
                negated := substr(pattern, i, 1) = '^';
                IF negated THEN
                    i := i + 1;
                END IF;
                IF substr(pattern, i, 1) = ']' THEN
                    choices := ']';
                    i := i + 1;
                END IF;
                WHILE i <= length(pattern) AND substr(pattern, i, 1) <> ']' LOOP
                    c := substr(pattern, i, 1);
                    IF c = '[' AND substr(pattern, i + 1, 1) = ':' AND position(':]' IN substr(pattern, i)) > 0 THEN
                        class_name := substr(pattern, i + 2, position(':]' IN substr(pattern, i)) - 3);
                        i := i + position(':]' IN substr(pattern, i)) + 1;
                        choices := choices || CASE class_name
                                                  WHEN 'digit' THEN digits WHEN 'upper' THEN uppers WHEN 'lower' THEN lowers
                                                  WHEN 'alpha' THEN lowers || uppers WHEN 'alnum' THEN lowers || uppers || digits
                                                  WHEN 'xdigit' THEN '0123456789abcdef' WHEN 'space' THEN ' '
                                                  ELSE 'a' END;
                    ELSIF c = E'\\' THEN
                        c := substr(pattern, i + 1, 1);
                        i := i + 2;
                        choices := choices || CASE c WHEN 'd' THEN digits WHEN 'w' THEN lowers || digits WHEN 's' THEN ' '
                                                     ELSE c END;
                    ELSIF substr(pattern, i + 1, 1) = '-' AND substr(pattern, i + 2, 1) NOT IN ('', ']') THEN
                        choices := choices || (SELECT string_agg(chr(code), '' ORDER BY code)
                                               FROM generate_series(ascii(c), least(ascii(substr(pattern, i + 2, 1)), ascii(c) + 200)) AS code);
                        i := i + 3;
                    ELSE
                        choices := choices || c;
                        i := i + 1;
                    END IF;
                END LOOP;
                i := i + 1;  -- the ]
                IF negated THEN
                    choices := (SELECT string_agg(ch, '' ORDER BY position)
                                FROM regexp_split_to_table(lowers || digits || uppers || '_-', '') WITH ORDINALITY AS s(ch, position)
                                WHERE position(ch IN choices) = 0);
                END IF;
            ELSIF c = E'\\' THEN
                c := substr(pattern, i, 1);
                i := i + 1;
                choices := CASE c WHEN 'd' THEN digits WHEN 'w' THEN lowers || digits WHEN 's' THEN ' '
                                  WHEN 'D' THEN lowers WHEN 'W' THEN '-' WHEN 'S' THEN lowers ELSE c END;
            ELSIF c = '.' THEN
                choices := lowers;
            ELSE
                choices := c;
            END IF;
            IF coalesce(choices, '') = '' THEN
                choices := 'x';
            END IF;

            -- The quantifier
            least_count := 1;
            most_count := 1;
            c := substr(pattern, i, 1);
            IF c = '?' THEN
                least_count := 0;
                i := i + 1;
            ELSIF c = '*' THEN
                least_count := 0;
                most_count := 2;
                i := i + 1;
            ELSIF c = '+' THEN
                most_count := 2;
                i := i + 1;
            ELSIF c = '{' THEN
                braces := regexp_match(substr(pattern, i), '^\{(\d+)(,(\d*))?\}');
                IF braces IS NOT NULL THEN
                    least_count := braces[1]::integer;
                    most_count := CASE WHEN braces[2] IS NULL THEN least_count
                                       WHEN braces[3] = '' THEN least_count + 1
                                       ELSE braces[3]::integer END;
                    i := i + length((regexp_match(substr(pattern, i), '^\{[^}]*\}'))[1]);
                END IF;
            END IF;
            IF substr(pattern, i, 1) = '?' THEN  -- lazy
                i := i + 1;
            END IF;
            FOR repeat_index IN 1 .. least(least_count + CASE WHEN seed % 2 = 0 AND most_count > least_count THEN 1 ELSE 0 END, 1000) LOOP
                result := result || substr(choices, 1 + (seed - 1 + length(result)) % length(choices), 1);
            END LOOP;
        END LOOP;
        RETURN result;
    END $sample$;

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
        shape text;
        coordinates text;
        zero text;
        srid integer;
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

        -- PostGIS: a geometry of the column's shape, dimensions and SRID (from its type modifier), with
        -- coordinates made from the seed. geography likewise (SRID 4326 unless the column names one).
        IF t.typname IN ('geometry', 'geography')
           AND EXISTS (SELECT FROM pg_catalog.pg_extension e
                       JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.refobjid = e.oid
                       WHERE e.extname = 'postgis' AND d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = value_type) THEN
            shape := 'Geometry';
            srid := 0;
            IF value_typmod >= 0 THEN
                EXECUTE format('SELECT %s.postgis_typmod_type($1), %s.postgis_typmod_srid($1)',
                               quote_ident(t.typnamespace::regnamespace::text), quote_ident(t.typnamespace::regnamespace::text))
                    INTO shape, srid USING value_typmod;
            END IF;
            -- a point x x (1 .. 89: a longitude and a latitude for geography), with 0 for Z and M
            coordinates := format('%1$s %1$s', 1 + seed % 89)
                           || CASE WHEN shape ~ 'ZM$' THEN ' 0 0' WHEN shape ~ '[ZM]$' THEN ' 0' ELSE '' END;
            zero := regexp_replace(coordinates, '[0-9]+', '0', 'g');
            text_value := CASE upper(regexp_replace(shape, '(ZM|Z|M)$', ''))
                WHEN 'MULTIPOINT' THEN format('MULTIPOINT((%s))', coordinates)
                WHEN 'LINESTRING' THEN format('LINESTRING(%s,%s)', zero, coordinates)
                WHEN 'MULTILINESTRING' THEN format('MULTILINESTRING((%s,%s))', zero, coordinates)
                WHEN 'POLYGON' THEN format('POLYGON((%s,%s,%s,%s))', zero, regexp_replace(coordinates, '^[0-9]+', '0'), coordinates, zero)
                WHEN 'MULTIPOLYGON' THEN format('MULTIPOLYGON(((%s,%s,%s,%s)))', zero, regexp_replace(coordinates, '^[0-9]+', '0'),
                                                coordinates, zero)
                WHEN 'GEOMETRYCOLLECTION' THEN format('GEOMETRYCOLLECTION(POINT(%s))', coordinates)
                ELSE format('POINT(%s)', coordinates)
            END;
            IF shape ~ '[^Z]M$' THEN  -- three coordinates without a Z: say that the third is M
                text_value := regexp_replace(text_value, '^([A-Z]+)', '\1M');
            END IF;
            IF t.typname = 'geography' AND srid = 0 THEN
                srid := 4326;
            END IF;
            RETURN CASE WHEN srid > 0 THEN 'SRID=' || srid || ';' ELSE '' END || text_value;
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

    -- Candidate values made from the texts (CHECK and bound definitions, function bodies) that write
    -- constants: each string literal and unsigned number in order, then numbers one above and below
    -- each number, strings of the lengths the numbers name (and one more, one less), and strings that
    -- the string literals match as a regular expression or a LIKE pattern; without duplicates, in that
    -- order, kept when the column accepts them (fill_rows_fits). At most 40.
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_candidates(bodies text[], sqltype text, column_name text, checks text,
                                                            is_string boolean)
    RETURNS jsonb
    LANGUAGE sql AS $candidates$
        WITH
        literals AS (
            SELECT m[1] IS NOT NULL AS quoted, coalesce(replace(m[1], '''''', ''''), m[2]) AS literal,
                   row_number() OVER (ORDER BY body.position, match.position) AS position
            FROM unnest(bodies) WITH ORDINALITY AS body(text, position),
                 regexp_matches(body.text, $re$'((?:[^']|'')*)'|(?:^|[^\w.])(\d+(?:\.\d+)?)$re$, 'g')
                     WITH ORDINALITY AS match(m, position)),
        first_literals AS (
            SELECT * FROM literals ORDER BY position LIMIT 60),
        derived(candidate, rank, position) AS (
            SELECT literal, 0, position FROM first_literals
            UNION ALL
            SELECT (literal::numeric + delta)::text, 1, position
            FROM first_literals, (VALUES (1), (-1)) AS d(delta)
            WHERE NOT quoted
            UNION ALL
            SELECT right(repeat('x', length_wanted) || column_name || seed, length_wanted), 2 + seed, position
            FROM first_literals
            CROSS JOIN LATERAL (VALUES (0), (1), (-1)) AS l(delta)
            CROSS JOIN LATERAL (SELECT CASE WHEN literal::numeric + delta BETWEEN 1 AND 1000
                                            THEN (literal::numeric + delta)::integer END) AS w(length_wanted)
            CROSS JOIN generate_series(1, 2) AS seed
            WHERE is_string AND NOT quoted AND literal !~ '\.' AND length_wanted IS NOT NULL
            UNION ALL
            SELECT pg_temp.fill_rows_sample(literal, seed, false), 5 + seed, position
            FROM first_literals CROSS JOIN generate_series(1, 3) AS seed
            WHERE is_string AND quoted AND literal ~ '[\^$\[\]\\{}+*|()]'
            UNION ALL
            SELECT pg_temp.fill_rows_sample(literal, seed, true), 9 + seed, position
            FROM first_literals CROSS JOIN generate_series(1, 3) AS seed
            WHERE is_string AND quoted AND literal ~ '[%_]'),
        distinct_candidates AS (
            SELECT candidate, min(rank) AS rank, min(position) AS position
            FROM derived WHERE candidate IS NOT NULL GROUP BY candidate)
        SELECT coalesce(jsonb_agg(candidate ORDER BY rank, position, candidate), '[]')
        FROM (SELECT candidate, rank, position FROM distinct_candidates
              WHERE pg_temp.fill_rows_fits(candidate, sqltype, column_name, checks)
              ORDER BY rank, position, candidate LIMIT 40) AS fitting
    $candidates$;

    -- The texts that write constants for a column: its table's CHECKs on it, its domains' CHECKs, the
    -- bodies of the functions those CHECKs call, and the partition bounds (at any level under tbl)
    -- where the column is a partition key. Only the bounds of leaf and its ancestors when leaf is given
    -- (and of their siblings when one is a DEFAULT partition).
    CREATE OR REPLACE FUNCTION pg_temp.fill_rows_bodies(tbl oid, column_name text, leaf oid)
    RETURNS text[]
    LANGUAGE sql AS $bodies$
        WITH RECURSIVE
        col AS (
            SELECT attnum, attname, atttypid FROM pg_catalog.pg_attribute
            WHERE attrelid = tbl AND attname = column_name AND attnum > 0 AND NOT attisdropped),
        -- The column's type and, for a domain or an array, the types it is built on
        domain_chain(typid) AS (
            SELECT atttypid FROM col
            UNION ALL
            SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.typelem END
            FROM pg_catalog.pg_type t JOIN domain_chain d ON t.oid = d.typid
            WHERE t.typtype = 'd' OR (t.typelem <> 0 AND t.typsubscript = 'pg_catalog.array_subscript_handler'::regproc)),
        checks(source, oid, name) AS (
            SELECT 1, con.oid, con.conname::text
            FROM pg_catalog.pg_constraint con JOIN col ON col.attnum = ANY (con.conkey)
            WHERE con.conrelid = tbl AND con.contype = 'c' AND leaf IS NULL
            UNION ALL
            SELECT 2, con.oid, con.conname::text
            FROM pg_catalog.pg_constraint con JOIN domain_chain d ON con.contypid = d.typid
            WHERE con.contype = 'c' AND leaf IS NULL),
        partitions AS (
            SELECT relid FROM pg_catalog.pg_partition_tree(tbl) WHERE leaf IS NULL
            UNION
            SELECT relid FROM pg_catalog.pg_partition_ancestors(leaf) WHERE leaf IS NOT NULL
            UNION
            -- a DEFAULT partition takes the values of no sibling: their bounds name values around it
            SELECT sibling.inhrelid
            FROM pg_catalog.pg_partition_ancestors(leaf) ancestor
            JOIN pg_catalog.pg_class ac ON ac.oid = ancestor.relid
            JOIN pg_catalog.pg_inherits me ON me.inhrelid = ancestor.relid
            JOIN pg_catalog.pg_inherits sibling ON sibling.inhparent = me.inhparent
            WHERE leaf IS NOT NULL AND pg_catalog.pg_get_expr(ac.relpartbound, ac.oid) = 'DEFAULT'),
        sources(source, name, body) AS (
            SELECT c.source, c.name, pg_catalog.pg_get_constraintdef(c.oid) FROM checks c
            UNION ALL
            SELECT 3, c.name || '.' || p.proname, p.prosrc
            FROM checks c
            JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_constraint'::regclass AND d.objid = c.oid
                                        AND d.refclassid = 'pg_catalog.pg_proc'::regclass
            JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
            JOIN pg_catalog.pg_language l ON l.oid = p.prolang AND l.lanname IN ('sql', 'plpgsql')
            UNION ALL
            -- FOR VALUES IN (...) and FROM (...) TO (...) of the partitions whose parent is partitioned
            -- by the column
            SELECT 4, part.relname::text, pg_catalog.pg_get_expr(part.relpartbound, part.oid)
            FROM partitions
            JOIN pg_catalog.pg_class part ON part.oid = partitions.relid AND part.relispartition
            JOIN pg_catalog.pg_inherits i ON i.inhrelid = part.oid
            JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = i.inhparent
            JOIN pg_catalog.pg_attribute ka ON ka.attrelid = pt.partrelid AND ka.attnum = ANY (pt.partattrs::int2[])
            WHERE ka.attname = column_name)
        SELECT coalesce(array_agg(body ORDER BY source, name), '{}') FROM sources WHERE body IS NOT NULL
    $bodies$;

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
        SELECT array_agg(a.attname::text ORDER BY a.attnum),
               array_agg(a.atttypid ORDER BY a.attnum),
               array_agg(a.atttypmod ORDER BY a.attnum),
               array_agg(sqltype ORDER BY a.attnum),
               array_agg(a.attnotnull ORDER BY a.attnum),
               array_agg(a.atthasdef OR a.attidentity <> '' ORDER BY a.attnum),
               array_agg(checks ORDER BY a.attnum),
               array_agg(category = 'S' ORDER BY a.attnum),
               -- (only columns that CHECKs, domains or partition bounds may write constants for)
               array_agg(CASE WHEN relkind = 'p' OR type_kind = 'd'
                                   OR EXISTS (SELECT FROM pg_catalog.pg_constraint con
                                              WHERE con.conrelid = tbl AND con.contype = 'c' AND a.attnum = ANY (con.conkey))
                              THEN pg_temp.fill_rows_candidates(pg_temp.fill_rows_bodies(tbl, a.attname, NULL), sqltype,
                                                                a.attname, checks, category = 'S')
                              ELSE '[]' END ORDER BY a.attnum)
        INTO col_names, col_types, col_typmods, col_sqltypes, col_notnull, col_hasdefault, col_checks, col_strings, col_candidates
        FROM pg_catalog.pg_attribute a
        CROSS JOIN LATERAL format_type(a.atttypid, a.atttypmod) AS sqltype
        CROSS JOIN LATERAL (SELECT t.typcategory, coalesce(element.typtype, t.typtype)
                            FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_type element ON element.oid = t.typelem
                            WHERE t.oid = a.atttypid) AS type_facts(category, type_kind)
        CROSS JOIN LATERAL (SELECT relkind FROM pg_catalog.pg_class WHERE oid = tbl) AS table_kind(relkind)
        CROSS JOIN LATERAL (
            SELECT string_agg('(' || pg_catalog.pg_get_expr(con.conbin, con.conrelid) || ') IS NOT FALSE', ' AND '
                              ORDER BY con.conname)
            FROM pg_catalog.pg_constraint con
            WHERE con.conrelid = tbl AND con.contype = 'c' AND con.conkey = ARRAY[a.attnum]) AS column_checks(checks)
        WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attgenerated = '' AND a.attidentity <> 'a';
        column_count := coalesce(cardinality(col_names), 0);

        -- Each foreign key: a query that, given n, returns {column: value} for its columns from the
        -- ((n - 1) mod count + 1)-th row of the referenced table ordered by the referenced key (NULLs
        -- when it is empty); whether it references tbl itself; whether one of its columns is NOT NULL;
        -- its columns, child -> referenced. ONLY for an ordinary table: rows of tables inheriting from it
        -- do not count. Foreign keys declared on partitions are included, their columns mapped to the
        -- root's by name; identical ones (the same key on several partitions) are taken once.
        SELECT coalesce(jsonb_agg(jsonb_build_object('query', query, 'self', is_self, 'notnull', key_notnull, 'columns', key_map,
                                                     'constraint', first_oid)
                                  ORDER BY first_name), '[]') INTO fks
        FROM (SELECT format('SELECT jsonb_build_object(%s) FROM (SELECT) AS one LEFT JOIN'
                            ' (SELECT %s, row_number() OVER (ORDER BY %s) AS fill_rows_n, count(*) OVER () AS fill_rows_total'
                            '  FROM %s%I.%I) AS parent'
                            ' ON parent.fill_rows_n = ($1 - 1) %% parent.fill_rows_total + 1',
                            key_columns.pairs, key_columns.names, key_columns.names,
                            CASE WHEN pc.relkind = 'r' THEN 'ONLY ' ELSE '' END, ps.nspname, pc.relname) AS query,
                     coalesce(pg_catalog.pg_partition_root(fk.confrelid), fk.confrelid) = tbl AS is_self,
                     key_columns.key_notnull, key_columns.key_map,
                     min(fk.conname) AS first_name, min(fk.oid) AS first_oid
              FROM pg_catalog.pg_constraint fk
              JOIN pg_catalog.pg_class pc ON pc.oid = fk.confrelid
              JOIN pg_catalog.pg_namespace ps ON ps.oid = pc.relnamespace
              CROSS JOIN LATERAL (
                  SELECT string_agg(format('%L, parent.%I::text', ta.attname, pa.attname), ', ' ORDER BY key.position) AS pairs,
                         string_agg(format('%I', pa.attname), ', ' ORDER BY key.position) AS names,
                         bool_or(ta.attnotnull) AS key_notnull,
                         jsonb_object_agg(ta.attname, pa.attname) AS key_map
                  FROM unnest(fk.conkey, fk.confkey) WITH ORDINALITY AS key(child_attnum, parent_attnum, position)
                  JOIN pg_catalog.pg_attribute ca ON ca.attrelid = fk.conrelid AND ca.attnum = key.child_attnum
                  JOIN pg_catalog.pg_attribute ta ON ta.attrelid = tbl AND ta.attname = ca.attname
                  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = fk.confrelid AND pa.attnum = key.parent_attnum) AS key_columns
              WHERE fk.contype = 'f' AND fk.conparentid = 0
                AND (fk.conrelid = tbl OR fk.conrelid IN (SELECT relid FROM pg_catalog.pg_partition_tree(tbl)))
              GROUP BY 1, 2, 3, 4) AS distinct_keys;

        last_error := NULL;
        seed_offset := -rows_per_table;
        -- 5. Where rows go: tbl, then each of its leaf partitions (by name) that is still empty.
        FOR target IN
            SELECT tbl
            UNION ALL
            (SELECT tree.relid FROM pg_catalog.pg_partition_tree(tbl) tree JOIN pg_catalog.pg_class c ON c.oid = tree.relid
             WHERE tree.isleaf AND tree.level > 0 ORDER BY c.relname)
        LOOP
            target_candidates := col_candidates;
            prefer_candidates := array_fill(false, ARRAY[column_count]);
            seed_offset := seed_offset + rows_per_table;
            IF target <> tbl THEN
                CONTINUE WHEN pg_temp.fill_rows_has_rows(target, true);
                -- Its partition key columns (at every level) take the constants of its own bounds and its
                -- ancestors' (their siblings' for a DEFAULT partition), then two generated values: the
                -- attempts of its rows go through their combinations.
                FOR k IN 1 .. column_count LOOP
                    CONTINUE WHEN NOT EXISTS (
                        SELECT FROM pg_catalog.pg_partition_ancestors(target) ancestor
                        JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = ancestor.relid
                        JOIN pg_catalog.pg_attribute ka ON ka.attrelid = pt.partrelid AND ka.attnum = ANY (pt.partattrs::int2[])
                        WHERE ka.attname = col_names[k]);
                    target_candidates[k] := pg_temp.fill_rows_candidates(pg_temp.fill_rows_bodies(tbl, col_names[k], target),
                                                                         col_sqltypes[k], col_names[k], col_checks[k], col_strings[k])
                                            || coalesce(jsonb_agg(pg_temp.fill_rows_pick(col_types[k], col_typmods[k], col_sqltypes[k],
                                                                                         col_names[k], col_checks[k], seed_offset + generated))
                                                            FILTER (WHERE generated IS NOT NULL), '[]')
                                               FROM generate_series(1, 2) AS generated;
                    prefer_candidates[k] := jsonb_array_length(target_candidates[k]) > 0;
                END LOOP;
            END IF;

            FOR n IN 1 .. rows_per_table LOOP
                row_seed := n + seed_offset;
                tried := '{}';
                -- 4. Attempt 0: generated values (seed n), the candidates when none fits, the default then.
                --    Attempt 1: the candidates first.
                --    Attempts 2 and 3: values generated from other seeds, larger in later columns
                --    (n + 100 * k), then smaller (n + 100 * (column_count + 1 - k)); candidates when none fits.
                --    Attempt 4: as attempt 1, with NULL in every nullable column outside foreign keys.
                -- Each attempt runs in its own subtransaction: a failure (of the insert or of a look-up) only
                -- loses that attempt.
                FOR attempt IN 0 .. attempts - 1 LOOP
                    BEGIN
                        -- The foreign key columns of row n, each key from one parent row (a later key wins
                        -- a shared column).
                        fk_values := '{}';
                        unchecked := false;
                        row_pending := '[]';
                        FOR fk IN SELECT key_info FROM jsonb_array_elements(fks) AS f(key_info) LOOP
                            EXECUTE fk ->> 'query' INTO STRICT parent_key USING row_seed;
                            IF (SELECT bool_and(key_value = 'null') FROM jsonb_each(parent_key) AS e(key_name, key_value)) THEN
                                IF (fk ->> 'self')::boolean THEN
                                    -- its own key, set below (a NULL key when no column needs a value)
                                    IF NOT (fk ->> 'notnull')::boolean THEN
                                        fk_values := fk_values || parent_key;
                                    END IF;
                                    CONTINUE;
                                END IF;
                                row_pending := row_pending || jsonb_build_object('table', tbl, 'constraint', fk -> 'constraint');
                                IF (fk ->> 'notnull')::boolean THEN
                                    unchecked := true;  -- generated values, repaired in step 6
                                    CONTINUE;
                                END IF;
                            END IF;
                            fk_values := fk_values || parent_key;
                        END LOOP;

                        seed := CASE attempt WHEN 2 THEN 100 WHEN 3 THEN -100 ELSE 0 END;
                        combination := (n - 1) * attempts + attempt;
                        values_by_name := '{}';
                        column_list := '';
                        value_list := '';
                        FOR k IN 1 .. column_count LOOP
                            candidate := target_candidates[k] ->> ((n - 1) % greatest(jsonb_array_length(target_candidates[k]), 1));
                            IF fk_values ? col_names[k] THEN
                                value := fk_values ->> col_names[k];
                            ELSIF attempt = 4 AND NOT col_notnull[k] THEN
                                value := NULL;
                            ELSIF prefer_candidates[k] THEN
                                -- (the digits of combination, one per such column, in the base of its count)
                                value := target_candidates[k] ->> (combination % jsonb_array_length(target_candidates[k]));
                                combination := combination / jsonb_array_length(target_candidates[k]);
                            ELSIF attempt = 1 AND candidate IS NOT NULL THEN
                                value := candidate;
                            ELSE
                                value := coalesce(pg_temp.fill_rows_pick(col_types[k], col_typmods[k], col_sqltypes[k],
                                                                         col_names[k], col_checks[k],
                                                                         CASE WHEN seed = 0 THEN row_seed
                                                                              WHEN seed > 0 THEN row_seed + 100 * k
                                                                              ELSE row_seed + 100 * (column_count + 1 - k) END),
                                                  candidate);
                                CONTINUE WHEN value IS NULL AND col_hasdefault[k];  -- its default
                            END IF;
                            values_by_name := values_by_name || jsonb_build_object(col_names[k], value);
                        END LOOP;
                        -- A key to the table's own rows while it has none: the row's own key.
                        FOR fk IN SELECT key_info FROM jsonb_array_elements(fks) AS f(key_info)
                                  WHERE (key_info ->> 'self')::boolean AND (key_info ->> 'notnull')::boolean LOOP
                            IF NOT fk_values ?| ARRAY(SELECT jsonb_object_keys(fk -> 'columns')) THEN
                                SELECT values_by_name || coalesce(jsonb_object_agg(child, values_by_name -> (parent #>> '{}')), '{}')
                                INTO values_by_name
                                FROM jsonb_each(fk -> 'columns') AS key(child, parent);
                            END IF;
                        END LOOP;
                        FOR k IN 1 .. column_count LOOP
                            CONTINUE WHEN NOT values_by_name ? col_names[k];
                            column_list := column_list || CASE WHEN column_list <> '' THEN ', ' ELSE '' END || quote_ident(col_names[k]);
                            value_list := value_list || CASE WHEN value_list <> '' THEN ', ' ELSE '' END
                                          || quote_nullable(values_by_name ->> col_names[k]) || '::' || col_sqltypes[k];
                        END LOOP;
                        -- (an attempt that would insert the same row as an earlier one is not run again)
                        CONTINUE WHEN (column_list || ' ' || value_list) = ANY (tried);
                        tried := tried || (column_list || ' ' || value_list);

                        IF unchecked THEN
                            PERFORM set_config('session_replication_role', 'replica', true);
                        END IF;
                        landed := NULL;
                        IF column_list = '' THEN
                            EXECUTE format('INSERT INTO %s DEFAULT VALUES RETURNING tableoid', table_name) INTO landed;
                        ELSE
                            EXECUTE format('INSERT INTO %s (%s) VALUES (%s) RETURNING tableoid', table_name, column_list, value_list)
                                INTO landed;
                        END IF;
                        IF unchecked THEN
                            PERFORM set_config('session_replication_role', 'origin', true);
                        END IF;
                        IF target <> tbl AND landed IS DISTINCT FROM target THEN
                            RAISE EXCEPTION 'the row went to another partition';
                        END IF;
                        IF landed IS NOT NULL THEN  -- (NULL: a trigger dropped the row)
                            pending := pending || row_pending;
                        END IF;
                        EXIT;
                    EXCEPTION WHEN OTHERS THEN
                        last_error := SQLERRM;
                    END;
                END LOOP;
                -- A leaf partition needs one row.
                IF target <> tbl THEN
                    EXIT WHEN pg_temp.fill_rows_has_rows(target, true);
                END IF;
            END LOOP;
        END LOOP;

        IF NOT pg_temp.fill_rows_has_rows(tbl, false) THEN
            RAISE DEBUG 'fill_rows: % left empty: %', table_name, coalesce(last_error, 'every row dropped by a trigger');
        END IF;
    END LOOP;

    -- 6. Repair the foreign keys to tables that were not filled yet: each row whose key is NULL, or not
    --    found in the referenced table, takes the key of one of its rows (row i the ((i - 1) mod count +
    --    1)-th, both in physical order). When that fails, keys left NULL stay NULL and rows whose key
    --    was never checked are deleted.
    FOR fk IN SELECT DISTINCT key_info FROM jsonb_array_elements(pending) AS f(key_info) ORDER BY key_info LOOP
        DECLARE
            child_table text;
            parent_table text;
            child_columns text;
            parent_columns text;
            matches text;
            all_null text;
            any_null text;
            not_found text;
        BEGIN
            SELECT format('%I.%I', cs.nspname, cc.relname), format('%I.%I', ps.nspname, pc.relname),
                   string_agg(format('%I', ca.attname), ', ' ORDER BY key.position),
                   string_agg(format('fill_rows_parent.%I', pa.attname), ', ' ORDER BY key.position),
                   string_agg(format('fill_rows_parent.%I = fill_rows_child.%I', pa.attname, ca.attname), ' AND '),
                   string_agg(format('fill_rows_child.%I IS NULL', ca.attname), ' AND '),
                   string_agg(format('fill_rows_child.%I IS NULL', ca.attname), ' OR ')
            INTO child_table, parent_table, child_columns, parent_columns, matches, all_null, any_null
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class cc ON cc.oid = (fk ->> 'table')::oid
            JOIN pg_catalog.pg_namespace cs ON cs.oid = cc.relnamespace
            JOIN pg_catalog.pg_class pc ON pc.oid = con.confrelid
            JOIN pg_catalog.pg_namespace ps ON ps.oid = pc.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS key(child_attnum, parent_attnum, position)
            JOIN pg_catalog.pg_attribute ca0 ON ca0.attrelid = con.conrelid AND ca0.attnum = key.child_attnum
            JOIN pg_catalog.pg_attribute ca ON ca.attrelid = cc.oid AND ca.attname = ca0.attname
            JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = key.parent_attnum
            WHERE con.oid = (fk ->> 'constraint')::oid
            GROUP BY cs.nspname, cc.relname, ps.nspname, pc.relname;
            -- rows to repair: the key all NULL, or not found
            not_found := format('NOT EXISTS (SELECT FROM %s AS fill_rows_parent WHERE %s)', parent_table, matches);
            BEGIN
                EXECUTE format('UPDATE %1$s AS fill_rows_child SET (%2$s) = (SELECT %3$s FROM'
                               ' (SELECT %3$s, row_number() OVER (ORDER BY fill_rows_parent.ctid) AS fill_rows_n,'
                               '         count(*) OVER () AS fill_rows_total FROM %4$s AS fill_rows_parent) AS fill_rows_parent'
                               '  WHERE fill_rows_parent.fill_rows_n = (fill_rows_order.n - 1) %% fill_rows_parent.fill_rows_total + 1)'
                               ' FROM (SELECT fill_rows_child.ctid AS row_id, row_number() OVER (ORDER BY fill_rows_child.ctid) AS n'
                               '       FROM %1$s AS fill_rows_child WHERE %5$s) AS fill_rows_order'
                               ' WHERE fill_rows_child.ctid = fill_rows_order.row_id',
                               child_table, child_columns, parent_columns, parent_table, format('(%s) OR %s', all_null, not_found));
                -- (a NOT NULL key whose referenced table stayed empty: the UPDATE set NULL and failed)
            EXCEPTION WHEN OTHERS THEN
                RAISE DEBUG 'fill_rows: % keeps its rows without %: %', child_table, parent_table, SQLERRM;
                -- Rows whose key was never checked and is not found go.
                EXECUTE format('DELETE FROM %s AS fill_rows_child WHERE NOT (%s) AND %s', child_table, any_null, not_found);
            END;
        END;
    END LOOP;

    -- 7. The summary: the tables that hold rows (ordinary tables and leaf partitions; a partitioned
    --    table without partitions), and which of them are empty.
    FOREACH tbl IN ARRAY ordered LOOP
        FOR target IN
            SELECT tbl WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_partition_tree(tbl) tree WHERE tree.level > 0)
            UNION ALL
            (SELECT tree.relid FROM pg_catalog.pg_partition_tree(tbl) tree JOIN pg_catalog.pg_class c ON c.oid = tree.relid
             WHERE tree.isleaf AND tree.level > 0 ORDER BY c.relname)
        LOOP
            SELECT format('%I.%I', s.nspname, c.relname) INTO table_name
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
            WHERE c.oid = target;
            counted := counted || table_name;
            IF NOT pg_temp.fill_rows_has_rows(target, true) THEN
                empty_tables := empty_tables || table_name;
            END IF;
        END LOOP;
    END LOOP;

    DROP FUNCTION pg_temp.fill_rows_bodies(oid, text, oid);
    DROP FUNCTION pg_temp.fill_rows_candidates(text[], text, text, text, boolean);
    DROP FUNCTION pg_temp.fill_rows_pick(oid, integer, text, text, text, integer);
    DROP FUNCTION pg_temp.fill_rows_value(oid, integer, text, integer, integer);
    DROP FUNCTION pg_temp.fill_rows_sample(text, integer, boolean);
    DROP FUNCTION pg_temp.fill_rows_fits(text, text, text, text);
    DROP FUNCTION pg_temp.fill_rows_quote(text);
    DROP FUNCTION pg_temp.fill_rows_has_rows(oid, boolean);

    RAISE NOTICE 'fill_rows: %', jsonb_build_object('tables', cardinality(counted),
                                                    'filled', cardinality(counted) - cardinality(empty_tables),
                                                    'empty', to_jsonb(empty_tables));
END
$fill$;
