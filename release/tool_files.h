#pragma once
// The migration and rollback `diff` writes, as the files of the tools teams already run:
// a Sqitch change (deploy, revert, verify and a plan line), a Flyway versioned and undo
// migration, a Liquibase formatted SQL changelog.
#include <filesystem>
#include <string>

#include "model/catalog.h"

namespace schemadelta::release {

struct ToolScripts {
  std::string migration, rollback;  // as diff writes them (their headers carry the fingerprints)
  const model::Catalog* source = nullptr;
  const model::Catalog* target = nullptr;
  std::string source_name, target_name;  // shown in headers (escaped there)
};

// SQL that fails (RAISE) unless the database has TARGET's schemas, relations, table columns
// (names and types), functions and types, and none of SOURCE's that TARGET dropped: what Sqitch's
// verify script runs.
std::string target_state_check(const model::Catalog& source, const model::Catalog& target);

// Each returns "" on success, else what is wrong (nothing written then).
// DIR/deploy/NAME.sql, DIR/revert/NAME.sql, DIR/verify/NAME.sql and a line in DIR/sqitch.plan;
// DIR/sqitch.conf and DIR/sqitch.plan are created when missing.
std::string write_sqitch(const std::filesystem::path& dir, const std::string& change, const ToolScripts& scripts);
// DIR/V<version>__<description>.sql and DIR/U<version>__<description>.sql, with a script
// configuration file each (executeInTransaction=false: the scripts hold their own transaction).
std::string write_flyway(const std::filesystem::path& dir, const std::string& version, const std::string& description,
                         const ToolScripts& scripts);
// The file names write_flyway uses ("" for a version or description Flyway cannot read).
std::string flyway_file_name(char prefix, const std::string& version, const std::string& description);
// FILE: "--liquibase formatted sql", a "--changeset AUTHOR:ID" block, the rollback as "--rollback" lines.
std::string write_liquibase(const std::filesystem::path& file, const std::string& author, const std::string& id, const ToolScripts& scripts);

}  // namespace schemadelta::release
