#include "generator/postgres/migration.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "compare/assessment.h"
#include "generator/postgres/archive_sql.h"
#include "generator/postgres/change_sql.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/renderer.h"
#include "generator/postgres/script_text.h"
#include "generator/postgres/state_guards.h"
#include "generator/postgres/substring_set.h"
#include "generator/postgres/transition_sql.h"
#include "release/state_fingerprint.h"

namespace schemadelta::generator::postgres {

namespace {

// A new index on a table that exists before the script and is not partitioned: it can be built
// without blocking writes.
bool concurrent_index(const compare::Change& change, const compare::ChangeSet& set, const compare::CatalogIndex& before) {
  if (change.type != compare::ChangeType::CreateIndex) return false;
  model::ObjectId table{model::ObjectKind::Table, change.id.schema, change.id.parent, "", ""};
  const auto* existing = compare::definition<model::Table>(before, table);
  const auto* target_schema = set.target->find_schema(change.id.schema);
  if (!existing || !target_schema || !target_schema->tables.count(change.id.parent)) return false;
  return !target_schema->tables.at(change.id.parent).partition_by && !target_schema->tables.at(change.id.parent).partition_of;
}

bool table_existed(const compare::Change& change, const compare::CatalogIndex& before) {
  return compare::definition<model::Table>(before, {model::ObjectKind::Table, change.id.schema, change.id.parent, "", ""}) != nullptr;
}

// SET NOT NULL on a column that exists before the script.
bool existing_not_null(const compare::Change& change, const compare::CatalogIndex& before) {
  return change.type == compare::ChangeType::SetNotNull && compare::definition<model::Column>(before, change.id);
}

// The temporary CHECK that lets SET NOT NULL skip its scan.
std::string not_null_check_name(const std::string& column) { return within_name_limit("schemadelta_not_null_" + column); }

// The statements of one enum value added, in the transaction's list, and what would use it.
struct EnumValueAdded {
  std::size_t first = 0, end = 0;
  std::string label, type;  // as the script writes them: the literal, the qualified type name
};

// A value added in a transaction cannot be used in it ("unsafe use of new value", PostgreSQL
// 12+): read as a literal (a default, a CHECK, a view) or converted to (a column changing to the
// type reads its values). Conservative: another statement that names the label or the type.
bool enum_values_used(const std::vector<EnumValueAdded>& added, const std::vector<Statement>& inside,
                      const std::vector<const std::vector<Statement>*>& others) {
  std::vector<bool> own(inside.size(), false);
  std::vector<std::string> labels_and_types;
  for (const auto& value : added) {
    std::fill(own.begin() + value.first, own.begin() + value.end, true);
    labels_and_types.push_back(value.label);
    labels_and_types.push_back(value.type);
  }
  const SubstringSet named(labels_and_types);
  auto names = [&](const Statement& statement) { return named.found_in(statement.sql); };
  for (std::size_t i = 0; i < inside.size(); ++i) {
    if (!own[i] && names(inside[i])) return true;
  }
  for (const auto* list : others) {
    if (std::any_of(list->begin(), list->end(), names)) return true;
  }
  return false;
}

// The transaction's row pre-flights, run once more before anything is committed ahead of it (an
// enum value, a validated CHECK) or taken from a sequence in it: a migration they refuse must
// leave nothing behind. Each runs
// against the state the script starts from; one that cannot be evaluated there (it reads what the
// transaction makes or renames, or a column in its new type) is left to its copy in the
// transaction, which runs where it was placed. Only its own refusal stops the script here, so
// only the pre-flights that raise for what they find (rows counted, a column missing on a table
// with rows) run early: the conversion check turns any error into its refusal (a column renamed
// later, a type made in the transaction would read as values that do not convert).
bool refuses_only_for_what_it_finds(const std::string& sql) {
  if (!sql.starts_with("DO $preflight")) return false;
  const auto body = sql.find("$ ");
  if (body == std::string::npos) return false;
  const std::string_view code = std::string_view(sql).substr(body + 2);
  return code.starts_with("DECLARE bad bigint; BEGIN") || code.starts_with("BEGIN\n  IF ");
}

// Whether a statement of the transaction takes values from a sequence before a row pre-flight
// that may refuse the migration (a column added with a nextval default fills every row): the
// refused transaction would leave the sequence moved on.
bool takes_sequence_values_before_a_refusal(const std::vector<Statement>& inside) {
  bool taken = false;
  for (const auto& statement : inside) {
    if (taken && refuses_only_for_what_it_finds(statement.sql)) return true;
    taken = taken || calls_nextval(statement.sql);
  }
  return false;
}

// One after the transaction writes a table's held rows back runs early only when there is
// nothing to write back (no holding): else the rows it would read are not those the script starts
// from (a table rebuilt empty and refilled, a foreign key checked against it).
std::vector<Statement> early_preflights(const std::vector<Statement>& inside) {
  std::vector<Statement> early;
  std::string nothing_refilled;
  for (const auto& statement : inside) {
    if (statement.refills_if) nothing_refilled += (nothing_refilled.empty() ? "" : " AND ") + ("NOT (" + *statement.refills_if + ")");
    if (!refuses_only_for_what_it_finds(statement.sql)) continue;
    std::string run = "EXECUTE " + dollar_quote(statement.sql) + ";";
    if (!nothing_refilled.empty()) run = "IF " + nothing_refilled + " THEN\n    " + run + "\n  END IF;";
    early.push_back({do_block("early_preflight", "BEGIN\n  " + run + "\nEXCEPTION WHEN raise_exception THEN RAISE;\n  WHEN others THEN NULL;\nEND"),
                     statement.search_path});
  }
  return early;
}

}  // namespace

Script migration_script(const compare::ChangeSet& set, const MigrationOptions& options) {
  Script script;
  const auto& before = set.before();
  const auto& after = set.after();

  // Every line of the header is a comment_line: names and paths cannot end it.
  std::string header = comment_line(fmt::format("schemadelta{} {}: {} -> {}", options.tool_version.empty() ? "" : " " + options.tool_version,
                                                options.title, options.source_name, options.target_name)) + "\n";
  header += comment_line(fmt::format("source fingerprint {}, target fingerprint {}",
                                     options.source_fingerprint.empty() ? release::catalog_fingerprint(*set.source) : options.source_fingerprint,
                                     options.target_fingerprint.empty() ? release::catalog_fingerprint(*set.target) : options.target_fingerprint)) + "\n";
  if (!options.source_state.empty()) header += fmt::format("-- state fingerprint {} -> {}\n", options.source_state, options.target_state);
  if (set.empty()) {
    script.text = header + "-- No differences: nothing to do.\n";
    return script;
  }
  std::map<std::string, int> summary;
  for (const auto& change : set.changes) ++summary[compare::change_type_name(change.type)];
  header += "-- Changes:\n";
  for (const auto& [name, count] : summary) header += fmt::format("--   {:4} {}\n", count, name);
  std::string hazards;
  for (const auto& change : set.changes) {
    const auto& assessment = change.assessment;
    if (assessment.safety == compare::Safety::Safe && assessment.hazards.empty()) continue;
    std::string names;
    for (auto hazard : assessment.hazards) names += (names.empty() ? "" : ", ") + compare::hazard_name(hazard);
    hazards += comment_line(fmt::format("  {:11} {}: {} [{}]", compare::safety_name(assessment.safety),
                                        model::describe(compare::change_type_name(change.type), change.id), assessment.explanation, names)) +
               "\n";
  }
  header += hazards.empty() ? "-- Hazards: none (every change is safe)\n" : "-- Hazards:\n" + hazards;

  std::vector<Statement> outside, checks_first, inside, after_commit;
  std::vector<EnumValueAdded> values_added;
  for (const auto& change : set.changes) {
    if (options.not_null_by_check && existing_not_null(change, before)) {
      const std::string table = qualified(change.id.schema, change.id.parent), check = quote_identifier(not_null_check_name(change.id.name));
      const std::string exists = rendering::constraint_exists(change.id.schema, change.id.parent, not_null_check_name(change.id.name));
      const std::string column_not_null = "(SELECT attnotnull FROM pg_catalog.pg_attribute WHERE attrelid = " +
                                          rendering::relation_literal(change.id.schema, change.id.parent) + " AND attname = " +
                                          quote_literal(change.id.name) + ")";
      if (options.explain) checks_first.push_back({comment_line(model::describe("set not null", change.id) + ": " + change.reason), std::nullopt});
      checks_first.push_back(guarded("NOT " + exists + " AND NOT " + column_not_null,
                                     {"ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + quote_identifier(change.id.name) +
                                          " IS NOT NULL) NOT VALID;", std::nullopt}));
      checks_first.push_back(guarded(exists, {"ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + ";", std::nullopt}));
      inside.push_back({"ALTER TABLE " + table + " ALTER COLUMN " + quote_identifier(change.id.name) + " SET NOT NULL;", std::nullopt});
      inside.push_back({"ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + check + ";", std::nullopt});
      continue;
    }
    if (options.validate_after_commit && change.type == compare::ChangeType::AddConstraint && table_existed(change, before)) {
      const auto& constraint = *compare::definition<model::Constraint>(after, change.id);
      if (compare::validates_after_commit(constraint, before, change.id)) {
        model::Constraint not_valid = constraint;
        not_valid.validated = false;
        const std::string exists = rendering::constraint_exists(change.id.schema, change.id.parent, change.id.name);
        if (options.explain) inside.push_back({comment_line(model::describe("add constraint", change.id) + ": " + change.reason), std::nullopt});
        inside.push_back(guarded("NOT " + exists, add_constraint(change.id.schema, change.id.parent, not_valid, false)));
        const std::string not_validated = "EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = " +
                                          rendering::relation_literal(change.id.schema, change.id.parent) + " AND conname = " +
                                          quote_literal(change.id.name) + " AND NOT convalidated)";
        after_commit.push_back(guarded(not_validated,
                                       {"ALTER TABLE " + qualified(change.id.schema, change.id.parent) + " VALIDATE CONSTRAINT " +
                                            quote_identifier(change.id.name) + ";", std::nullopt}));
        continue;
      }
    }
    if (options.concurrently && concurrent_index(change, set, before)) {
      const auto& index = *compare::definition<model::Index>(after, change.id);
      const std::string name = quote_literal(qualified(change.id.schema, index.name));
      // Duplicates are found before the transaction commits, not by a build that leaves an
      // invalid index behind.
      if (auto check = unique_index_preflight(change.id.schema, index)) inside.push_back(*check);
      if (options.explain) after_commit.push_back({comment_line(model::describe("create index", change.id) + ": " + change.reason), std::nullopt});
      // A failed concurrent build leaves an invalid index behind: drop it so the re-run builds it.
      after_commit.push_back(guarded("EXISTS (SELECT 1 FROM pg_catalog.pg_index WHERE indexrelid = to_regclass(" + name +
                                         ") AND NOT indisvalid)",
                                     {"DROP INDEX " + qualified(change.id.schema, index.name) + ";", std::nullopt}));
      after_commit.push_back(create_index(change.id.schema, index, false, true, true));
      continue;
    }
    auto statements = change_statements(change, set, before, after, options.preservation);
    const std::size_t first = inside.size();
    if (options.explain && !statements.empty()) {
      inside.push_back({comment_line(fmt::format("{}: {}", model::describe(compare::change_type_name(change.type), change.id), change.reason)),
                        std::nullopt});
    }
    for (auto& statement : statements) inside.push_back(std::move(statement));
    if (change.type == compare::ChangeType::AddEnumValue) {
      values_added.push_back({first, inside.size(), quote_literal(change.value), qualified(change.id.schema, change.id.name)});
    }
  }
  // ADD VALUE runs in the transaction, so a pre-flight that refuses the migration leaves no value
  // behind; outside it, before the transaction, when the script uses a new value (it must be
  // committed first).
  if (!values_added.empty() && enum_values_used(values_added, inside, {&checks_first, &after_commit})) {
    std::vector<bool> moved(inside.size(), false);
    for (const auto& value : values_added) {
      for (std::size_t i = value.first; i < value.end; ++i) {
        outside.push_back(std::move(inside[i]));
        moved[i] = true;
      }
    }
    std::size_t i = 0;
    std::erase_if(inside, [&](const Statement&) { return moved[i++]; });
  }
  if (options.preservation.restore && !options.preservation.restore->empty() && !inside.empty()) inside.push_back(restore_sequences(*options.preservation.restore));
  // The state checks' functions, first in the transaction (temporary: they leave nothing behind).
  if (has_pinned_step(inside) || has_pinned_step(after_commit)) inside.insert(inside.begin(), state_functions());
  if (options.preservation.hold && !options.preservation.hold->empty()) {
    // The holding schema's record table and functions, first in the transaction.
    auto setup = archive_setup(*options.preservation.hold);
    if (options.explain) setup.insert(setup.begin(), {"-- the holding schema: what this script drops is kept there", std::nullopt});
    inside.insert(inside.begin(), setup.begin(), setup.end());
  }
  std::vector<Statement> refusals_first;
  if (!outside.empty() || !checks_first.empty() || takes_sequence_values_before_a_refusal(inside)) refusals_first = early_preflights(inside);
  auto backfills = backfill_statements(options.backfills);
  for (const auto& list : {&refusals_first, &outside, &checks_first, &inside, &after_commit, &backfills}) {
    for (const auto& statement : *list) script.statements += statement.sql.starts_with("--") ? 0 : 1;
  }
  std::vector<ScriptPart> parts;
  parts.push_back(header + "\n" + "SET lock_timeout = " + quote_literal(options.lock_timeout) + ";\n" + "SET statement_timeout = " +
                  quote_literal(options.statement_timeout) + ";\n" + "SET check_function_bodies = false;\nSET client_min_messages = warning;\n" +
                  search_path_statement({}) + "\n");
  if (!refusals_first.empty()) {
    parts.push_back("\n-- Before anything is committed: the transaction's pre-flights, so that a migration they refuse leaves\n"
                    "-- nothing behind (each runs again where it stands in the transaction).\n");
    parts.push_back(&refusals_first);
  }
  if (!outside.empty()) {
    parts.push_back("\n-- Outside the transaction: enum values must be committed before they can be used.\n");
    parts.push_back(&outside);
  }
  if (!checks_first.empty()) {
    parts.push_back("\n-- Outside the transaction, before it: each CHECK (column IS NOT NULL) is validated without blocking writes,\n"
                    "-- so SET NOT NULL inside needs no scan.\n");
    parts.push_back(&checks_first);
  }
  parts.push_back("\nBEGIN;\n\n");
  parts.push_back(&inside);
  parts.push_back("\nCOMMIT;\n");
  if (!after_commit.empty()) {
    parts.push_back("\n-- After the transaction: CREATE INDEX CONCURRENTLY cannot run inside one (--concurrently); VALIDATE CONSTRAINT\n"
                    "-- does not block writes there.\n");
    parts.push_back(&after_commit);
  }
  if (!backfills.empty()) {
    parts.push_back("\n-- After the transaction: the new form of each renamed column is filled from the old one, a range of pages\n"
                    "-- at a time, committing after each (a DO block may COMMIT only outside a transaction block).\n");
    parts.push_back(&backfills);
  }
  script.text = script_text(parts);
  script.empty = false;
  return script;
}

}  // namespace schemadelta::generator::postgres
