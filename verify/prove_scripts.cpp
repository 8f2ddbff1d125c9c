#include "verify/prove_scripts.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "compare/compare.h"
#include "generator/postgres/quoting.h"
#include "model/object_filter.h"
#include "parser/parse.h"
#include "verify/catalog_difference.h"
#include "verify/data_snapshot.h"

namespace schemadelta::verify {

bool Proof::passed() const {
  return std::all_of(steps.begin(), steps.end(), [](const ProofStep& step) { return step.passed; });
}

std::string Proof::failures() const {
  std::string text;
  for (const auto& step : steps) {
    if (step.passed) continue;
    text += "FAILED: " + step.name + "\n" + step.detail + "\n";
    for (const auto& note : step.notes) text += note + "\n";
  }
  return text;
}

std::optional<RowCoverage> read_row_coverage(const std::string& output) {
  static const std::string marker = "fill_rows: {";
  const auto at = output.rfind(marker);
  if (at == std::string::npos) return std::nullopt;
  const auto start = at + marker.size() - 1;
  const auto end = output.find('\n', start);
  const auto summary = nlohmann::json::parse(output.substr(start, end == std::string::npos ? std::string::npos : end - start),
                                             nullptr, false);
  if (!summary.is_object() || !summary.contains("tables") || !summary.contains("filled") || !summary.contains("empty")) {
    return std::nullopt;
  }
  RowCoverage coverage;
  coverage.tables = summary["tables"].get<int>();
  coverage.filled = summary["filled"].get<int>();
  for (const auto& name : summary["empty"]) coverage.empty_tables.push_back(name.get<std::string>());
  return coverage;
}

ProofInput proof_input(const std::string& name, const std::string& source_sql, const std::string& target_sql,
                       const pipeline::MigrationPair& pair) {
  ProofInput input{name, source_sql, target_sql, pair.migration.text, pair.rollback.text, {}};
  for (const auto& change : pair.forward.changes) {
    if (change.type == compare::ChangeType::AlterSequence) {
      input.altered_sequences.push_back(generator::postgres::qualified(change.id.schema, change.id.name));
    }
  }
  for (const auto& change : pair.backward.changes) {
    const auto& hazards = change.assessment.hazards;
    if (change.type != compare::ChangeType::AddColumn || std::find(hazards.begin(), hazards.end(), compare::Hazard::NotHeld) == hazards.end()) continue;
    // Only one that nothing fills can stay nullable (an identity fills every row; a default is
    // set after the column comes back empty).
    const auto* column = compare::definition<model::Column>(pair.backward.after(), change.id);
    if (column && column->not_null && column->details->identity->kind == model::IdentityKind::None && !column->details->generated) {
      input.emptied_columns.push_back(change.id);
    }
  }
  for (const auto& change : pair.backward.changes) {
    const std::string& table = change.type == compare::ChangeType::AddColumn ? change.id.parent : change.id.name;
    for (const auto& column : change.assessment.no_way_back) {
      input.declared_stops.push_back(compare::no_way_back_message(change.id.schema, table, column));
    }
  }
  return input;
}

namespace {

class Prover {
 public:
  Prover(ThrowawayServer& server, const ProofInput& input, const ProofOptions& options)
      : server_(server), input_(input), options_(options) {}

  Proof run() {
    auto migrated = database("migrated");
    if (!step("SOURCE loads", [&] { return apply(migrated, input_.source_sql); })) return finish();
    if (options_.with_rows && !fill_rows(migrated)) return finish();
    const std::string source_rows = rows(migrated);
    const std::string source_dump = schema(migrated);

    if (options_.with_rows && !options_.expected_data_failure.empty()) return prove_refusal(migrated, source_rows, source_dump);

    if (!step("the migration applies", [&] { return apply(migrated, input_.migration); })) return finish();
    const std::string after_migration = schema(migrated, true);
    auto expected = database("target");
    if (!step("TARGET loads", [&] { return apply(expected, input_.target_sql); })) return finish();
    const auto target_model = parse_dump("dump of TARGET", schema(expected));
    const auto migrated_model = without_archive(parse_dump("dump after the migration", after_migration));
    step("the result equals TARGET", [&] { return catalog_difference(comparable(target_model), comparable(migrated_model)); });
    step("a second run of the migration succeeds", [&] { return apply(migrated, input_.migration); });
    step("the second run changes nothing", [&] { return same("the schema after the second run", after_migration, schema(migrated, true)); });
    step("nothing is left to migrate", [&] { return changes_left(migrated_model, target_model); });

    const std::string migrated_rows = options_.with_rows && !input_.declared_stops.empty() ? rows(migrated) : "";
    const std::string rollback_failure = apply(migrated, input_.rollback);
    for (const auto& stop : options_.with_rows ? input_.declared_stops : std::vector<std::string>{}) {
      if (rollback_failure.find(stop) != std::string::npos) return prove_declared_stop(migrated, stop, after_migration, migrated_rows);
    }
    if (!step("the rollback applies", [&] { return rollback_failure; })) return finish();
    const std::string after_rollback = schema(migrated, true);
    const auto source_model = parse_dump("dump of SOURCE", source_dump);
    step("the rollback gives back SOURCE", [&] {
      const auto rolled_back = without_archive(parse_dump("dump after the rollback", after_rollback));
      return catalog_difference(comparable(as_declared(source_model, rolled_back)), comparable(rolled_back));
    });
    step("a second run of the rollback succeeds", [&] { return apply(migrated, input_.rollback); });
    step("the second rollback run changes nothing", [&] { return same("the schema after the second rollback", after_rollback, schema(migrated, true)); });
    if (options_.with_rows && options_.compare_rows) {
      step("every row of SOURCE is back", [&] {
        return same("the rows", without_altered_sequences(source_rows), without_altered_sequences(rows(migrated)));
      });
    }
    return finish();
  }

 private:
  ThrowawayServer& server_;
  const ProofInput& input_;
  const ProofOptions& options_;
  Proof proof_;
  std::vector<std::string> notes_;  // the running step's notes
  std::vector<std::string> databases_;

  // Fills SOURCE's tables: the step is named after how many got rows and notes the empty ones; it
  // fails when the generator fails, or with require_rows when a table is left empty. Whether the
  // proof can go on (the generator ran).
  bool fill_rows(const std::string& database) {
    if (options_.progress) options_.progress("rows are generated");
    ProofStep filled{"rows are generated", false, "", {}};
    try {
      auto run = server_.run_sql(database, fill_rows_sql());
      auto coverage = run.ok ? read_row_coverage(run.output) : std::nullopt;
      if (!run.ok) {
        filled.detail = run.output.empty() ? "psql failed" : run.output;
      } else if (!coverage) {
        filled.detail = "the row generator printed no summary:\n" + run.output;
      } else {
        filled.name = fmt::format("rows in {} of {} tables", coverage->filled, coverage->tables);
        for (const auto& table : coverage->empty_tables) filled.notes.push_back("no rows in " + table);
        filled.passed = !options_.require_rows || coverage->empty_tables.empty();
        if (!filled.passed) {
          filled.detail = fmt::format("rows are required in every table, and {} of {} have none (no generated row satisfies "
                                      "their CHECKs, keys or triggers)", coverage->empty_tables.size(), coverage->tables);
        }
        proof_.rows = std::move(coverage);
      }
    } catch (const std::exception& e) {
      filled.detail = e.what();
    }
    proof_.steps.push_back(filled);
    return proof_.rows.has_value();
  }

  // Runs a check: "" is a pass, anything else is the reason it failed.
  bool step(const std::string& name, const std::function<std::string()>& check) {
    if (options_.progress) options_.progress(name);
    std::string detail;
    try {
      detail = check();
    } catch (const std::exception& e) {
      detail = e.what();
    }
    proof_.steps.push_back({name, detail.empty(), detail, std::exchange(notes_, {})});
    return detail.empty();
  }

  Proof finish() {
    for (const auto& name : databases_) {
      try {
        server_.drop_database(name);
      } catch (const std::exception&) {
        // The server goes away with its folder anyway.
      }
    }
    return std::move(proof_);
  }

  std::string database(const std::string& role) {
    static int counter = 0;
    std::string name;
    for (char c : input_.name + "_" + role) name += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    name = name.substr(0, 40) + "_" + std::to_string(++counter);
    server_.create_database(name);
    databases_.push_back(name);
    return name;
  }

  std::string apply(const std::string& database, const std::string& sql) {
    auto run = server_.run_sql(database, sql);
    return run.ok ? "" : run.output.empty() ? "psql failed" : run.output;
  }

  // The schema dump; the holding schema left out unless asked for.
  std::string schema(const std::string& database, bool with_archive = false) {
    DumpOptions dump;
    dump.no_owner = true;
    if (!with_archive) dump.exclude_schemas.push_back(options_.archive_schema);
    return without_restrict_keys(server_.dump_schema(database, dump));
  }

  std::string rows(const std::string& database) {
    DumpOptions dump;
    dump.exclude_schemas.push_back(options_.archive_schema);
    return normalized_data(server_.dump_data(database, dump));
  }

  static model::Catalog parse_dump(const std::string& name, const std::string& text) {
    parser::Source source;
    source.files.push_back({name, text});
    return parser::parse(source).catalog;
  }

  model::Catalog without_archive(model::Catalog catalog) const {
    model::ObjectFilter filter;
    filter.exclude_schemas.push_back(options_.archive_schema);
    model::apply_filter(catalog, filter);
    return catalog;
  }

  // SOURCE as the rollback declares it gives it back: an emptied column (ProofInput) of a table
  // the generator gave rows stays nullable where the rollback left it so. Noted on the step.
  // A column of a partitioned or inheritance parent is its partitions' and children's too: the
  // rows that keep it nullable may be theirs, and so is the column that stays nullable.
  model::Catalog as_declared(model::Catalog source, const model::Catalog& rolled_back) {
    for (const auto& id : input_.emptied_columns) {
      const auto tables = with_descendants(source, {id.schema, id.parent});
      const bool has_rows = options_.with_rows && proof_.rows && std::any_of(tables.begin(), tables.end(), [&](const model::QualifiedName& t) {
        const auto& empty = proof_.rows->empty_tables;
        return std::find(empty.begin(), empty.end(), generator::postgres::qualified(t.schema, t.name)) == empty.end();
      });
      if (!has_rows) continue;
      for (const auto& t : tables) {
        auto* table = table_in(source, t);
        const auto* rolled_table = table_in(rolled_back, t);
        auto* column = table ? table->find_column(id.name) : nullptr;
        const auto* rolled = rolled_table ? rolled_table->find_column(id.name) : nullptr;
        if (!column || !rolled || rolled->not_null || !column->not_null) continue;
        column->not_null = false;
        notes_.push_back("column " + t.schema + "." + t.name + "." + id.name + " came back empty and nullable, as the scripts declare (NotHeld)");
      }
    }
    return source;
  }

  static std::vector<model::QualifiedName> with_descendants(const model::Catalog& catalog, const model::QualifiedName& root) {
    std::multimap<model::QualifiedName, model::QualifiedName> children;
    for (const auto& [schema_name, schema] : catalog.schemas) {
      for (const auto& [name, table] : schema.tables) {
        if (table.partition_of) children.emplace(*table.partition_of, model::QualifiedName{schema_name, name});
        for (const auto& parent : table.inherits) children.emplace(parent, model::QualifiedName{schema_name, name});
      }
    }
    std::vector<model::QualifiedName> tables{root};
    for (size_t i = 0; i < tables.size(); ++i) {
      auto [first, last] = children.equal_range(tables[i]);
      for (auto it = first; it != last; ++it) {
        if (std::find(tables.begin(), tables.end(), it->second) == tables.end()) tables.push_back(it->second);
      }
    }
    return tables;
  }

  // model::Table* or const model::Table*, as the catalog is.
  template <typename SomeCatalog>
  static auto table_in(SomeCatalog& catalog, const model::QualifiedName& name) -> decltype(&catalog.schemas.begin()->second.tables.begin()->second) {
    auto schema = catalog.schemas.find(name.schema);
    if (schema == catalog.schemas.end()) return nullptr;
    auto table = schema->second.tables.find(name.name);
    return table == schema->second.tables.end() ? nullptr : &table->second;
  }

  // Owners aside (a throwaway cluster's owner is whoever loaded it), columns by name (PostgreSQL
  // appends a column a rollback brings back).
  static model::Catalog comparable(model::Catalog catalog) {
    for (auto& [_, schema] : catalog.schemas) {
      for (auto& [__, table] : schema.tables) {
        std::sort(table.columns.begin(), table.columns.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
      }
    }
    return without_owners(std::move(catalog));
  }

  static std::string changes_left(const model::Catalog& from, const model::Catalog& to) {
    std::string left;
    for (const auto& change : compare::compare(from, to).changes) {
      left += model::describe(compare::change_type_name(change.type), change.id) + "\n";
    }
    return left;
  }

  static std::string same(const std::string& what, const std::string& expected, const std::string& actual) {
    if (expected == actual) return "";
    std::istringstream a(expected), b(actual);
    std::string line_a, line_b;
    for (int line = 1;; ++line) {
      bool more_a = static_cast<bool>(std::getline(a, line_a)), more_b = static_cast<bool>(std::getline(b, line_b));
      if (!more_a && !more_b) break;
      if (!more_a || !more_b || line_a != line_b) {
        return what + " differ from line " + std::to_string(line) + ":\n- " + (more_a ? line_a : "(end)") + "\n+ " +
               (more_b ? line_b : "(end)");
      }
    }
    return what + " differ";
  }

  // The positions of sequences the migration moves on purpose (new bounds exclude the current
  // value) are not rows: the rollback keeps the later position, since rows written meanwhile may
  // have used it.
  std::string without_altered_sequences(const std::string& data) const {
    std::string out;
    std::istringstream in(data);
    for (std::string line; std::getline(in, line);) {
      bool altered = std::any_of(input_.altered_sequences.begin(), input_.altered_sequences.end(), [&](const std::string& name) {
        return line.starts_with("SELECT pg_catalog.setval('" + name + "',");
      });
      if (!altered) out += line + "\n";
    }
    return out;
  }

  // The rollback stopped as the scripts declare (a column that cannot come back while its table
  // has rows): it must have changed nothing; the scripts are then proven on empty tables.
  Proof prove_declared_stop(const std::string& migrated, const std::string& stop, const std::string& after_migration,
                            const std::string& migrated_rows) {
    step("the rollback stops as declared (NoWayBackWithRows): " + stop, [] { return std::string(); });
    step("the stopped rollback changed nothing", [&] {
      auto schema_change = same("the schema", after_migration, schema(migrated, true));
      return schema_change.empty() ? same("the rows", migrated_rows, rows(migrated)) : schema_change;
    });
    return on_empty_tables();
  }

  Proof on_empty_tables() {
    ProofOptions empty_tables = options_;
    empty_tables.with_rows = false;
    auto rest = Prover(server_, input_, empty_tables).run();
    for (auto& s : rest.steps) proof_.steps.push_back({s.name + " (empty tables)", s.passed, s.detail});
    return finish();
  }

  // The rows must make the migration stop with the expected message and change nothing; the
  // scripts are then proven on empty tables.
  Proof prove_refusal(const std::string& migrated, const std::string& source_rows, const std::string& source_dump) {
    step("the migration refuses the generated rows: " + options_.expected_data_failure, [&] {
      auto run = server_.run_sql(migrated, input_.migration);
      if (run.ok) return std::string("the migration applied");
      return run.output.find(options_.expected_data_failure) == std::string::npos ? "it failed differently:\n" + run.output : "";
    });
    step("the refused migration changed nothing", [&] {
      auto schema_change = same("the schema", source_dump, schema(migrated));
      return schema_change.empty() ? same("the rows", source_rows, rows(migrated)) : schema_change;
    });
    return on_empty_tables();
  }
};

}  // namespace

Proof prove_scripts(ThrowawayServer& server, const ProofInput& input, const ProofOptions& options) {
  return Prover(server, input, options).run();
}

}  // namespace schemadelta::verify
