#pragma once
// A database's schema and rows read from its catalog through psql, for servers pg_dump 15 refuses
// (16, 17, 18) and for any 14-18: verify/catalog_dump.sql renders each object with the server's own
// functions (pg_get_functiondef, pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef,
// pg_get_triggerdef, format_type, pg_get_expr, ...) as the DDL statements pg_dump writes, which the
// parser reads like a dump; the rows come out as pg_dump --data-only's COPY blocks and setval lines.
#include <string>
#include <vector>

namespace schemadelta::verify {

struct CatalogDumpOptions {
    std::vector<std::string> schemas;          // only these (pg_dump --schema patterns: * and ? wildcards)
    std::vector<std::string> exclude_schemas;  // pg_dump --exclude-schema patterns
    bool no_owner = false;
    bool no_privileges = false;
};

// psql_argv: psql and its connection arguments (no -c/-f); env: its environment. Throw VerifyError
// with psql's output when the read fails.
std::string catalog_schema_dump(const std::vector<std::string>& psql_argv, const std::vector<std::string>& env,
                                const CatalogDumpOptions& options = {});
std::string catalog_data_dump(const std::vector<std::string>& psql_argv, const std::vector<std::string>& env,
                              const CatalogDumpOptions& options = {});

// The regex a list of pg_dump schema patterns makes ("" for none): a whole-name match, * and ?
// wildcards, everything else literal.
std::string schema_pattern_regex(const std::vector<std::string>& patterns);

// The SQL text of verify/catalog_dump.sql (compiled in).
const std::string& catalog_dump_sql();

}  // namespace schemadelta::verify
