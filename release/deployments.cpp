#include "release/deployments.h"

#include <fmt/format.h>

#include "model/printable.h"
#include "sql/quoting.h"

namespace schemadelta::release {

namespace {

std::string table(const std::string& archive_schema) { return sql::quote_identifier(archive_schema) + ".deployments"; }

std::string literal_or_null(const std::string& text) { return text.empty() ? "NULL" : sql::quote_literal(text); }

}  // namespace

std::string record_sql(const Deployment& d, const std::string& archive_schema) {
  std::string sql = "CREATE SCHEMA IF NOT EXISTS " + sql::quote_identifier(archive_schema) + ";\n";
  sql += "CREATE TABLE IF NOT EXISTS " + table(archive_schema) + R"( (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  release text,
  script_name text NOT NULL,
  script_sha256 text NOT NULL,
  source_fingerprint text NOT NULL,
  target_fingerprint text NOT NULL,
  fingerprint_before text,
  fingerprint_after text,
  outcome text NOT NULL CHECK (outcome IN ('applied', 'failed', 'not at target')),
  forced boolean NOT NULL,
  database_user text NOT NULL DEFAULT session_user,
  client_host text,
  client_address inet DEFAULT inet_client_addr(),
  started_at timestamptz NOT NULL,
  duration interval NOT NULL,
  message text
);
)";
  sql += fmt::format(
      "INSERT INTO {} (release, script_name, script_sha256, source_fingerprint, target_fingerprint, fingerprint_before, fingerprint_after, "
      "outcome, forced, client_host, started_at, duration, message)\nVALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, "
      "to_timestamp({:.6f}), make_interval(secs => {:.6f}), {});\n",
      table(archive_schema), literal_or_null(d.release), sql::quote_literal(d.script_name), sql::quote_literal(d.script_sha256),
      sql::quote_literal(d.source_fingerprint), sql::quote_literal(d.target_fingerprint), literal_or_null(d.fingerprint_before),
      literal_or_null(d.fingerprint_after), sql::quote_literal(d.outcome), d.forced ? "true" : "false", literal_or_null(d.client_host),
      d.started_epoch_seconds, d.seconds, literal_or_null(d.message));
  return sql;
}

std::string history_exists_sql(const std::string& archive_schema) {
  return "SELECT to_regclass(" + sql::quote_literal(table(archive_schema)) + ") IS NOT NULL";
}

std::string history_sql(const std::string& archive_schema) {
  return "SELECT coalesce(json_agg(json_build_object('id', id, 'release', release, 'script_name', script_name, 'script_sha256', "
         "script_sha256, 'source_fingerprint', source_fingerprint, 'target_fingerprint', target_fingerprint, 'fingerprint_before', "
         "fingerprint_before, 'fingerprint_after', fingerprint_after, 'outcome', outcome, 'forced', forced, 'database_user', "
         "database_user, 'client_host', client_host, 'client_address', client_address, 'started_at', "
         "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), 'seconds', extract(epoch FROM duration)::float8, "
         "'message', message) ORDER BY id), '[]') FROM " +
         table(archive_schema);
}

std::string history_text(const nlohmann::json& rows) {
  if (rows.empty()) return "No deployments recorded.\n";
  auto text_of = [](const nlohmann::json& value) { return value.is_string() ? model::printable(value.get<std::string>()) : std::string("-"); };
  std::string out;
  for (const auto& row : rows) {
    out += fmt::format("#{} {} {:.3f} s {}{}  release {}  {} -> {}  script {} (sha256 {}...)  by {} from {}\n", row.value("id", 0),
                       text_of(row["started_at"]), row.value("seconds", 0.0), text_of(row["outcome"]), row.value("forced", false) ? " (forced)" : "",
                       text_of(row["release"]), text_of(row["source_fingerprint"]), text_of(row["target_fingerprint"]), text_of(row["script_name"]),
                       text_of(row["script_sha256"]).substr(0, 12), text_of(row["database_user"]), text_of(row["client_host"]));
    if (row["message"].is_string()) out += "    " + model::printable(row["message"].get<std::string>()) + "\n";
  }
  return out;
}

}  // namespace schemadelta::release
