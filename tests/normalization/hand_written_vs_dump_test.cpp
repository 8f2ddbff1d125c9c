// Every hand-written schema of the repository (each case's source.sql and target.sql, the real
// schemas) and what PostgreSQL 15 prints for it after loading it (pg_dump --schema-only): the
// models of both must show no drift. A difference is a normalization rule missing (pg_dump
// prints a view body, a default, a CHECK, an index expression or a policy another way than it was
// written) or a rule wrong; `schemadelta check` of a database against its own schema file would
// report it. Files that do not load alone (a case meant to fail) are skipped, and said so.
// Files whose drift is a known class the embedded normalization cannot yet remove are listed in
// known_drift.txt with the class; a listed file that shows no drift any more fails too, so that
// fixing a class takes its files off the list. Where there is no drift, the two state fingerprints
// (script headers, apply) must be equal as well.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <iterator>
#include <set>
#include <sstream>

#include "compare/drift.h"
#include "release/state_fingerprint.h"
#include "serialize/catalog_json.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> hand_written_files() {
  std::vector<std::string> files;
  const fs::path root = SCHEMADELTA_SOURCE_DIR;
  for (const auto& entry : fs::directory_iterator(root / "tests/cases")) {
    if (!case_skip_reason(entry.path().string()).empty()) continue;  // needs a newer server than this one
    for (const char* side : {"source.sql", "target.sql"}) {
      if (fs::exists(entry.path() / side)) files.push_back((entry.path() / side).string());
    }
  }
  for (const auto& folder : {root / "tests/real_schemas", fs::path("/work/shared/schemas")}) {
    if (!fs::exists(folder)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      if (entry.path().extension() == ".sql") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  // One of each text: many cases share a side.
  std::set<std::string> seen;
  std::erase_if(files, [&](const std::string& file) { return !seen.insert(read_file(file)).second; });
  return files;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  const fs::path path(info.param);
  std::string name = path.parent_path().filename().string() + "_" + path.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

parser::ParseResult parse_named(const std::string& name, const std::string& text) {
  parser::Source source;
  source.files.push_back({name, text});
  return parser::parse(source);
}

std::string describe(const compare::DriftReport& report) {
  std::string text;
  for (const auto& item : report.drifted) {
    text += compare::drift_status_name(item.status) + " " + model::kind_name(item.object.kind) + " " + item.object.schema + "." +
            item.object.name + "\n";
    for (const auto& change : item.changes) text += "  " + change.change + " " + change.object + ": " + change.reason + "\n";
  }
  return text;
}

// The lines of the two models' JSON that only one side has: the canonical texts that differ.
std::string differing_lines(const model::Catalog& written, const model::Catalog& dumped) {
  auto lines = [](const model::Catalog& catalog) {
    std::multiset<std::string> result;
    std::istringstream in(serialize::to_json(catalog).dump(1));
    for (std::string line; std::getline(in, line);) result.insert(line);
    return result;
  };
  const auto a = lines(written), b = lines(dumped);
  std::string text;
  auto only = [&](const std::multiset<std::string>& from, const std::multiset<std::string>& other, const char* mark) {
    std::vector<std::string> rest;
    std::set_difference(from.begin(), from.end(), other.begin(), other.end(), std::back_inserter(rest));
    for (size_t i = 0; i < rest.size() && i < 12; ++i) text += std::string(mark) + rest[i] + "\n";
  };
  only(a, b, "written: ");
  only(b, a, "dumped:  ");
  return text;
}

// "PATH | class" lines (PATH relative to the repository, or absolute outside it), '#' comments.
std::map<std::string, std::string> known_drift() {
  std::map<std::string, std::string> known;
  std::istringstream in(read_file(std::string(SCHEMADELTA_SOURCE_DIR) + "/tests/normalization/known_drift.txt"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto bar = line.find(" | ");
    if (bar == std::string::npos) continue;
    known[line.substr(0, bar)] = line.substr(bar + 3);
  }
  return known;
}

std::string listed_name(const std::string& path) {
  const std::string root = std::string(SCHEMADELTA_SOURCE_DIR) + "/";
  return path.rfind(root, 0) == 0 ? path.substr(root.size()) : path;
}

class HandWrittenAgainstDump : public ::testing::TestWithParam<std::string> {};

TEST_P(HandWrittenAgainstDump, ModelsShowNoDrift) {
  const std::string text = read_file(GetParam());
  auto written = parse_named(GetParam(), text);
  if (written.has_errors()) GTEST_SKIP() << "does not parse: a case about errors";
  auto database = fresh_database(fs::path(GetParam()).parent_path().filename().string());
  create_roles_for(written.catalog);
  auto run = test_server().run_sql(database, text);
  if (!run.ok) {
    test_server().drop_database(database);
    GTEST_SKIP() << "does not load alone into PostgreSQL 15: " << run.output.substr(0, 300);
  }
  verify::DumpOptions options;
  options.no_owner = true;
  auto dump = test_server().dump_schema(database, options);
  test_server().drop_database(database);
  auto dumped = parse_named("pg_dump of " + GetParam(), dump);
  ASSERT_FALSE(dumped.has_errors()) << "pg_dump's output must parse";
  auto report = compare::detect_drift(without_owners(written.catalog), without_owners(dumped.catalog));
  static const auto known = known_drift();
  auto listed = known.find(listed_name(GetParam()));
  if (listed != known.end()) {
    EXPECT_TRUE(report.has_drift()) << listed_name(GetParam())
                                     << " shows no drift against its pg_dump now: remove it from known_drift.txt";
    if (report.has_drift()) GTEST_SKIP() << "known drift (" << listed->second << "):\n" << describe(report);
    return;
  }
  EXPECT_FALSE(report.has_drift()) << GetParam() << " against its pg_dump:\n" << describe(report)
                                 << differing_lines(without_owners(written.catalog), without_owners(dumped.catalog));
  // What apply compares a live database by: where check sees no drift, the state fingerprints of
  // the file and of the database loaded from it are one.
  if (!report.has_drift()) {
    EXPECT_EQ(release::state_fingerprint(written.catalog), release::state_fingerprint(dumped.catalog))
        << GetParam() << ": check sees no drift, but the state fingerprints differ";
  }
}

INSTANTIATE_TEST_SUITE_P(Schemas, HandWrittenAgainstDump, ::testing::ValuesIn(hand_written_files()), test_name);

}  // namespace
}  // namespace schemadelta::testing
