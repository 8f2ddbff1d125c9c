#pragma once
// Test support: one throwaway PostgreSQL server per test binary (15, or the major
// SCHEMADELTA_TEST_SERVER_VERSION names), started on first use and stopped at exit, and small
// helpers around it.
#include <string>

#include "parser/parse.h"
#include "verify/catalog_difference.h"
#include "verify/throwaway_server.h"

namespace schemadelta::testing {

using verify::catalog_difference;
using verify::without_owners;

verify::ThrowawayServer& test_server();

// A fresh, empty database with a name unique in this process.
std::string fresh_database(const std::string& hint);

// Roles an SQL text grants to or assigns ownership to, created so that it loads.
void create_roles_for(const model::Catalog& catalog);

// Parses text that must read without errors or warnings; failures go to `problems`.
parser::ParseResult parse_clean(const std::string& name, const std::string& text, std::string& problems);

std::string read_file(const std::string& path);

// The oldest PostgreSQL major a case folder's SQL needs (its file min_server_version), 0 when any.
int case_min_server_version(const std::string& folder);

// Why a case cannot run on the test server ("" when it can): it needs a newer PostgreSQL.
std::string case_skip_reason(const std::string& folder);

}  // namespace schemadelta::testing
