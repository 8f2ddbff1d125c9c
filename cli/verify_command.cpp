// schemadelta verify SOURCE TARGET [--migration FILE] [--rollback FILE] [--no-rows | --require-rows] [...]
// Proves, on a throwaway PostgreSQL 15, the scripts `diff` writes (or the given ones).
// Exit 0: every check passed. 1: a check failed. 2: bad input, or no server could be started.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/snapshot_options.h"
#include "cli/script_options.h"
#include "pipeline/expand_contract.h"
#include "pipeline/migration_pair.h"
#include "generator/postgres/quoting.h"
#include "verify/cleanup_on_signal.h"
#include "verify/prove_phases.h"
#include "verify/prove_scripts.h"
#include "verify/stale_servers.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

struct VerifyArguments {
  std::string source, target, migration_file, rollback_file;
  bool no_rows = false, require_rows = false, cleanup = false, expand_contract = false;
  int server_version = 0;  // --server-version: 0 is Debian's PostgreSQL 15
  ScriptOptions script;  // the same as diff's: verify proves what diff writes
  SnapshotOptions snapshot;
};

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "schemadelta: error: cannot read " << model::printable(path) << "\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// `verify --cleanup`: servers of runs that were killed (their owner is gone) are stopped and removed.
int run_cleanup() {
  const auto removed = verify::remove_stale_servers(verify::server_base_dir());
  for (const auto& folder : removed) std::cout << "removed " << model::printable(folder.string()) << "\n";
  std::cout << removed.size() << " stale servers removed\n";
  return kOk;
}

int run_verify(const VerifyArguments& args) {
  if (args.cleanup) return run_cleanup();
  if (args.source.empty() || args.target.empty()) {
    std::cerr << "schemadelta: error: verify needs SOURCE and TARGET (or --cleanup)\n";
    return kInputError;
  }
  auto snapshots = load_snapshot_pair(args.source, args.target, args.snapshot, args.script.archive_schema);
  if (!snapshots) return kInputError;
  const auto* source = &snapshots->first;
  const auto* target = &snapshots->second;
  auto options = pair_options(args.script, args.source, args.target);
  if (!options) return kInputError;
  // The scripts are written for the server that proves them unless --target-version says otherwise.
  if (args.script.target_version == 0 && args.server_version) options->migration.target_version = args.server_version;
  // --expand-contract: the two phases `diff --expand-contract` writes, each proven like a migration.
  std::optional<pipeline::Phases> phases;
  if (args.expand_contract) {
    phases = pipeline::write_expand_contract(source->catalog, target->catalog, *options);
    for (const auto& error : phases->errors) std::cerr << "schemadelta: error: " << model::printable(error) << "\n";
    if (!phases->errors.empty()) return kInputError;
  }
  const auto pair = phases ? phases->contract : pipeline::write_migration_pair(source->catalog, target->catalog, *options);
  if (!pair.errors.empty() || !pair.rollback_errors.empty()) {
    for (const auto& error : pair.errors) std::cerr << "schemadelta: error: " << model::printable(error) << "\n";
    for (const auto& error : pair.rollback_errors) std::cerr << "schemadelta: error: rollback: " << model::printable(error) << "\n";
    return kInputError;
  }
  // What diff --allow-data-loss writes is proven as written: what cannot be kept is lost for
  // good (hazard NotHeld), so the rows cannot all come back and are not compared.
  const bool rows_come_back = pair.data_loss.not_kept.empty();
  for (const auto& problem : pair.data_loss.not_kept) {
    std::cerr << "schemadelta: warning: not kept, the rollback cannot bring its values back: " << model::printable(problem) << "\n";
  }
  if (!rows_come_back) std::cerr << "schemadelta verify: rows are not compared after the rollback (values above are not kept)\n";
  auto input = verify::proof_input("verify", source->sql, target->sql, pair);
  if (!args.migration_file.empty()) {
    auto text = read_text(args.migration_file);
    if (!text) return kInputError;
    input.migration = *text;
  }
  if (!args.rollback_file.empty()) {
    auto text = read_text(args.rollback_file);
    if (!text) return kInputError;
    input.rollback = *text;
  }

  Progress progress("verify", std::cerr);
  const int server_version = args.server_version ? args.server_version : verify::k_client_major;
  progress.begin("starting a throwaway PostgreSQL " + std::to_string(server_version));
  std::unique_ptr<verify::ThrowawayServer> server;
  verify::stop_on_signal(nullptr);
  try {
    server = verify::ThrowawayServer::start(verify::server_options_for_version(server_version));
  } catch (const std::exception& e) {
    std::cerr << "schemadelta: error: " << model::printable(e.what()) << "\n";
    return kInputError;
  }
  verify::stop_on_signal(server.get());
  auto roles = model::roles_named(source->catalog);
  roles.merge(model::roles_named(target->catalog));
  verify::ProofOptions proof_options;
  proof_options.with_rows = !args.no_rows;
  proof_options.require_rows = args.require_rows;
  proof_options.compare_rows = !args.script.no_preserve && rows_come_back;
  proof_options.archive_schema = args.script.archive_schema;
  proof_options.progress = [&](const std::string& step) { progress.begin(step); };
  verify::Proof proof;
  try {
    server->create_roles(roles);
    proof = phases ? verify::prove_phases(*server, {"verify", source->sql, target->sql, &source->catalog, &*phases}, proof_options)
                   : verify::prove_scripts(*server, input, proof_options);
  } catch (const std::exception& e) {
    std::cerr << "schemadelta: error: " << model::printable(e.what()) << "\n";
    return kInputError;
  }
  verify::stop_on_signal(nullptr);
  progress.begin("stopping the server");
  server.reset();
  progress.total();

  for (const auto& step : proof.steps) {
    std::cout << (step.passed ? "PASS  " : "FAIL  ") << model::printable(step.name) << "\n";
    if (!step.passed) {
      std::istringstream detail(step.detail);
      for (std::string line; std::getline(detail, line);) std::cout << "      " << model::printable(line) << "\n";
    }
    for (const auto& note : step.notes) std::cout << "      " << model::printable(note) << "\n";
  }
  const auto failed = std::count_if(proof.steps.begin(), proof.steps.end(), [](const auto& s) { return !s.passed; });
  std::cout << fmt::format("{} of {} checks passed\n", proof.steps.size() - failed, proof.steps.size());
  return proof.passed() ? kOk : kDifferences;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<VerifyArguments>();
  auto* command = app.add_subcommand("verify", "Prove the migration and rollback scripts on a throwaway PostgreSQL (15, or --server-version)");
  command->add_option("source", args->source, "The schema the database has now (file, folder, - or postgresql:// URI)");
  command->add_option("target", args->target, "The schema it should have (file, folder, - or postgresql:// URI)");
  command->add_option("--server-version", args->server_version,
                      "Prove on PostgreSQL 14-18 (scripts/install-deps.sh --pg-versions installs them; default 15)")
      ->check(CLI::Range(14, 18));
  command->add_flag("--cleanup", args->cleanup, "Only stop and remove the servers of verify runs that were killed");
  command->add_option("--migration", args->migration_file, "Prove this migration script instead of the one diff writes");
  command->add_option("--rollback", args->rollback_file, "Prove this rollback script instead of the one diff writes");
  auto* no_rows = command->add_flag("--no-rows", args->no_rows, "Do not fill SOURCE's tables with generated rows");
  command->add_flag("--require-rows", args->require_rows, "Fail when the generated rows leave a table of SOURCE empty")
      ->excludes(no_rows);
  command->add_flag("--expand-contract", args->expand_contract,
                    "Prove the two phases diff --expand-contract writes: each applied twice and rolled back, SOURCE's objects kept "
                    "by expand, renamed columns kept in step both ways")
      ->excludes(command->get_option("--migration"))
      ->excludes(command->get_option("--rollback"));
  add_script_options(command, args->script);
  add_snapshot_options(command, args->snapshot, true);
  command->callback([args, &exit_code] { exit_code = run_verify(*args); });
}

}  // namespace schemadelta::cli
