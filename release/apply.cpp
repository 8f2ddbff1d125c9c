#include "release/apply.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "compare/drift.h"
#include "model/printable.h"
#include "release/database.h"
#include "release/deployments.h"
#include "release/script_file.h"
#include "release/sha256.h"
#include "release/state_fingerprint.h"
#include "serialize/drift_report.h"
#include "verify/verify_error.h"

namespace schemadelta::release {

namespace {

using model::printable;


snapshot::SnapshotOptions with_archive(snapshot::SnapshotOptions options, const std::string& archive_schema) {
  options.internal_schemas.push_back(archive_schema);
  return options;
}

std::string client_host() {
  char name[256] = {};
  return ::gethostname(name, sizeof name - 1) == 0 ? std::string(name) : std::string();
}

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// Runs `sql` on the database with one progress line per statement; true when psql finished.
bool run_with_progress(const std::string& uri, const std::string& sql, int connect_timeout, std::ostream& out, std::ostream& err,
                       std::string& failure) {
  // --echo-queries prints each statement as psql sends it and \timing its time, both on stdout;
  // -o /dev/null keeps query results and command tags out of that stream, and errors go to stderr.
  auto run = run_psql(uri, {"-q", "--echo-queries", "-o", "/dev/null", "-c", "\\timing on", "-f", "-"}, sql, connect_timeout);
  const auto statements = timed_statements(run.out);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const auto& statement = statements[i];
    const std::string line = statement.first_line.size() > 100 ? statement.first_line.substr(0, 97) + "..." : statement.first_line;
    // ON_ERROR_STOP: the last statement psql sent is the one that failed (psql times it too).
    const bool failed = run.exit_code != 0 && i + 1 == statements.size();
    const std::string time = statement.milliseconds < 0 ? std::string(11, ' ') : fmt::format("{:8.1f} ms", statement.milliseconds);
    out << fmt::format("  [{:3}] {} {}{}\n", i + 1, time, printable(line), failed ? "  <- failed" : "");
  }
  if (run.exit_code == 0) return true;
  failure = trimmed(run.err.empty() ? fmt::format("psql exited with {}", run.exit_code) : run.err);
  err << "schemadelta: error: the script failed (psql exit " << run.exit_code << "):\n" << printable(failure) << "\n";
  return false;
}

struct Live {
  std::string fingerprint;  // state_fingerprint
  model::Catalog catalog;
};

std::optional<Live> read_live(const std::string& uri, const snapshot::SnapshotOptions& options, std::ostream& err) {
  try {
    auto snapshot = snapshot::load_snapshot({uri}, options);
    if (!snapshot) return std::nullopt;  // reported
    Live live{state_fingerprint(snapshot->catalog), std::move(snapshot->catalog)};
    return live;
  } catch (const verify::VerifyError& error) {
    err << "schemadelta: error: " << printable(error.what()) << "\n";
    return std::nullopt;
  }
}

bool record(const Deployment& deployment, const std::string& uri, const std::string& archive_schema, int connect_timeout, std::ostream& err) {
  // One -c: the table and the row in one transaction, after (and apart from) the script's own.
  auto run = run_psql(uri, {"-q", "-c", record_sql(deployment, archive_schema)}, std::nullopt, connect_timeout);
  if (run.exit_code == 0) return true;
  err << "schemadelta: error: the deployment could not be recorded in " << printable(archive_schema) << ".deployments:\n"
      << printable(trimmed(run.err)) << "\n";
  return false;
}

}  // namespace

int apply(const ApplyOptions& options, std::ostream& out, std::ostream& err) {
  std::ifstream file(options.script, std::ios::binary);
  if (!file) {
    err << "schemadelta: error: cannot read the script " << printable(options.script) << "\n";
    return kBadInput;
  }
  const std::string script((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const auto expected = read_fingerprints(script);
  if (!expected) {
    err << "schemadelta: error: " << printable(options.script)
        << " has no \"-- state fingerprint SOURCE -> TARGET\" header line: apply runs scripts written by schemadelta diff\n";
    return kBadInput;
  }
  std::string problem;
  const auto uri = database_uri(options.database, problem);
  if (!uri) {
    err << "schemadelta: error: DATABASE: " << problem << "\n";
    return kBadInput;
  }
  const std::string shown = printable(snapshot::snapshot_name(*uri));
  const auto snapshot_options = with_archive(options.snapshot, options.archive_schema);
  const int timeout = options.snapshot.connect_timeout;
  std::optional<model::Catalog> source;
  if (!options.source.empty()) {
    auto loaded = snapshot::load_snapshot({options.source}, snapshot_options);
    if (!loaded) return kBadInput;
    if (state_fingerprint(loaded->catalog) != expected->source) {
      err << "schemadelta: error: --source " << printable(options.source) << " is not the script's SOURCE (fingerprint "
          << state_fingerprint(loaded->catalog) << ", the script's " << expected->source << ")\n";
      return kBadInput;
    }
    source = std::move(loaded->catalog);
  }

  auto before = read_live(*uri, snapshot_options, err);
  if (!before) return kBadInput;
  const std::string fingerprint_before = before->fingerprint;
  const bool at_source = fingerprint_before == expected->source;
  const bool at_target = fingerprint_before == expected->target;
  if (at_target && !options.force) {
    out << shown << " is already at the script's TARGET (fingerprint " << expected->target << "): nothing to run\n";
    return kApplied;
  }
  if (!at_source) {
    const std::string where = fmt::format("{} is not at the script's SOURCE: its fingerprint is {}; the script goes from {} to {}", shown,
                                          fingerprint_before, expected->source, expected->target);
    if (!options.force) {
      err << "schemadelta: " << where << ". Nothing was run.\n";
      if (source) {
        const auto report = compare::detect_drift(*source, before->catalog);
        serialize::DriftContext context{printable(options.source), shown, SCHEMADELTA_RELEASE_VERSION, &*source, &before->catalog, {}};
        out << serialize::drift_text(report, context, false);
      } else {
        err << "  Pass --source SOURCE (the snapshot the script was written from) to see what differs, or run: schemadelta check SOURCE DATABASE\n";
      }
      return kNotAtSource;
    }
    err << "schemadelta: warning: " << where << "; running it anyway (--force, recorded)\n";
  }
  if (is_empty_script(script)) {
    out << "The script has nothing to do.\n";
    return kApplied;
  }

  if (options.dry_run) {
    std::vector<std::string> skipped;
    const auto transaction = rolled_back_transaction(script, skipped);
    if (!transaction) {
      err << "schemadelta: error: " << printable(options.script) << " has no BEGIN; ... COMMIT; transaction to try\n";
      return kBadInput;
    }
    out << "Dry run on " << shown << ": the script's transaction, rolled back\n";
    std::string failure;
    if (!run_with_progress(*uri, *transaction, timeout, out, err, failure)) return kScriptFailed;
    for (const auto& part : skipped) out << "Not tried: " << part << "\n";
    out << "Dry run passed: every statement of the transaction ran, then it was rolled back (nothing changed, nothing recorded)\n";
    return kApplied;
  }

  Deployment deployment;
  deployment.release = options.release;
  deployment.script_name = options.script;
  deployment.script_sha256 = sha256_hex(script);
  deployment.source_fingerprint = expected->source;
  deployment.target_fingerprint = expected->target;
  deployment.fingerprint_before = fingerprint_before;
  deployment.forced = !at_source || at_target;
  deployment.client_host = client_host();
  deployment.started_epoch_seconds = now_seconds();
  out << "Applying " << printable(options.script) << " to " << shown << " (" << expected->source << " -> " << expected->target << ")\n";
  std::string failure;
  const bool ran = run_with_progress(*uri, script, timeout, out, err, failure);
  deployment.seconds = now_seconds() - deployment.started_epoch_seconds;
  if (!ran) {
    deployment.outcome = "failed";
    deployment.message = failure;
    record(deployment, *uri, options.archive_schema, timeout, err);
    err << "schemadelta: the deployment is recorded as failed\n";
    return kScriptFailed;
  }
  auto after = read_live(*uri, snapshot_options, err);
  if (after) deployment.fingerprint_after = after->fingerprint;
  const bool arrived = after && after->fingerprint == expected->target;
  deployment.outcome = arrived ? "applied" : "not at target";
  if (!arrived) deployment.message = "after the script the database's fingerprint is " + deployment.fingerprint_after;
  const bool recorded = record(deployment, *uri, options.archive_schema, timeout, err);
  if (!arrived) {
    err << "schemadelta: error: the script ran, but " << shown << " is not at its TARGET " << expected->target << " (fingerprint "
        << (deployment.fingerprint_after.empty() ? "unknown" : deployment.fingerprint_after) << ")\n";
    return kNotAtTarget;
  }
  out << fmt::format("Applied in {:.3f} s: {} is at the script's TARGET ({}){}\n", deployment.seconds, shown, expected->target,
                     recorded ? "; recorded in " + printable(options.archive_schema) + ".deployments" : "");
  return recorded ? kApplied : kNotAtTarget;
}

int history(const HistoryOptions& options, std::ostream& out, std::ostream& err) {
  std::string problem;
  const auto uri = database_uri(options.database, problem);
  if (!uri) {
    err << "schemadelta: error: DATABASE: " << problem << "\n";
    return kBadInput;
  }
  try {
    auto exists = run_psql(*uri, {"-q", "-A", "-t", "-c", history_exists_sql(options.archive_schema)}, std::nullopt, options.connect_timeout);
    nlohmann::json rows = nlohmann::json::array();
    if (exists.exit_code == 0 && trimmed(exists.out) == "t") {
      auto listed = run_psql(*uri, {"-q", "-A", "-t", "-c", history_sql(options.archive_schema)}, std::nullopt, options.connect_timeout);
      if (listed.exit_code == 0) rows = nlohmann::json::parse(listed.out, nullptr, false);
      else exists = listed;
    }
    if (exists.exit_code != 0 || rows.is_discarded()) {
      err << "schemadelta: error: cannot read the deployments of " << printable(snapshot::snapshot_name(*uri)) << ":\n"
          << printable(trimmed(exists.err)) << "\n";
      return kBadInput;
    }
    if (options.format == "json") {
      nlohmann::json document{{"database", snapshot::snapshot_name(*uri)}, {"deployments", rows}};
      out << document.dump(2) << "\n";
    } else {
      out << history_text(rows);
    }
    return kApplied;
  } catch (const verify::VerifyError& error) {
    err << "schemadelta: error: " << printable(error.what()) << "\n";
    return kBadInput;
  }
}

}  // namespace schemadelta::release
