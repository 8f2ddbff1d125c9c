#include "verify/catalog_dump.h"

#include "verify/process.h"
#include "verify/verify_error.h"

namespace schemadelta::verify {

namespace {

// The query that writes the data script: per table, its COPY header, the COPY itself and its end
// marker (as pg_dump --data-only prints them; generated columns are left out, as pg_dump does),
// then each sequence's position.
constexpr const char* k_data_script_sql = R"sql(
WITH config AS (  -- an extension's configuration tables: pg_dump dumps the rows their condition keeps
  SELECT x.extconfig[i] AS oid, nullif(x.extcondition[i], '') AS condition
  FROM pg_extension x CROSS JOIN LATERAL generate_subscripts(x.extconfig, 1) i
), rel AS (
  SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS qname, (SELECT condition FROM config WHERE config.oid = c.oid) AS condition
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'S') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    AND n.nspname ~ :'include' AND n.nspname !~ :'exclude'
    AND (c.oid IN (SELECT oid FROM config)
         OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
), tables AS (
  SELECT r.qname, r.condition, (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                   WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
  FROM rel r WHERE r.relkind = 'r'
)
SELECT text FROM (
  SELECT 1 AS phase, qname AS sort, format(E'SELECT %L;\nCOPY (SELECT %s FROM ONLY %s %s) TO STDOUT;\nSELECT %L;',
                                           format('COPY %s (%s) FROM stdin;', qname, columns), columns, qname, condition, '\.') AS text
  FROM tables WHERE columns IS NOT NULL
  UNION ALL
  SELECT 2, qname, format('SELECT format(%L, %L, last_value, CASE WHEN is_called THEN %L ELSE %L END) FROM %s;', 'SELECT pg_catalog.setval(%L, %s, %s);', qname, 'true', 'false', qname)
  FROM rel WHERE relkind = 'S'
) script ORDER BY phase, sort COLLATE "C";
)sql";

std::string run_psql(std::vector<std::string> argv, const std::vector<std::string>& env, const CatalogDumpOptions& options,
                     const std::string& sql, const char* what) {
    const std::string include = options.schemas.empty() ? "" : schema_pattern_regex(options.schemas);
    const std::string exclude = options.exclude_schemas.empty() ? "^$" : schema_pattern_regex(options.exclude_schemas);
    argv.insert(argv.end(), {"-A", "-t", "-v", "include=" + include, "-v", "exclude=" + exclude, "-v",
                             std::string("owners=") + (options.no_owner ? "off" : "on"), "-v",
                             std::string("privileges=") + (options.no_privileges ? "off" : "on"), "-f", "-"});
    ProcessOptions process;
    process.env = env;
    // As pg_dump reads: every name the server's renderers print is schema-qualified.
    process.stdin_text = "SET search_path = '';\n" + sql;
    auto result = run_process(argv, process);
    if (result.exit_code != 0)
        throw VerifyError(std::string("reading the ") + what + " from the catalog failed:\n" + result.err + result.out);
    return std::move(result.out);
}

}  // namespace

std::string schema_pattern_regex(const std::vector<std::string>& patterns) {
    std::string regex = "^(";
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (i) regex += '|';
        for (char c : patterns[i]) {
            if (c == '*') regex += ".*";
            else if (c == '?') regex += '.';
            else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80) regex += c;
            else regex += std::string("\\") + c;
        }
    }
    return regex + ")$";
}

std::string catalog_schema_dump(const std::vector<std::string>& psql_argv, const std::vector<std::string>& env,
                                const CatalogDumpOptions& options) {
    const std::string body = run_psql(psql_argv, env, options, catalog_dump_sql(), "schema");
    // The settings pg_dump's output starts with: what follows is read as schema-qualified text.
    return "SET check_function_bodies = false;\nSELECT pg_catalog.set_config('search_path', '', false);\n\n" + body;
}

std::string catalog_data_dump(const std::vector<std::string>& psql_argv, const std::vector<std::string>& env,
                              const CatalogDumpOptions& options) {
    const std::string script = run_psql(psql_argv, env, options, k_data_script_sql, "rows");
    return run_psql(psql_argv, env, options, script, "rows");
}

}  // namespace schemadelta::verify
