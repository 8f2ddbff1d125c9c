// Every extension script PostgreSQL 15 ships (/usr/share/postgresql/15/extension/*.sql: contrib,
// and PostGIS when installed) reads without errors: what the model does not cover is an
// unmanaged statement, never an error. Scripts that fail today are listed in known_failures.txt
// ("extension FILE | first error"), so that a fix, or a new error, shows up here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "parser/parse.h"
#include "tests/real_upgrades/upgrade_chain.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kExtensionDir = "/usr/share/postgresql/15/extension";

// The scripts, each once: PostGIS installs most of its update scripts as symbolic links to one file.
std::vector<std::string> extension_scripts() {
  std::vector<std::string> scripts;
  if (!fs::is_directory(kExtensionDir)) return scripts;
  for (const auto& entry : fs::directory_iterator(kExtensionDir)) {
    if (entry.path().extension() == ".sql" && !entry.is_symlink()) scripts.push_back(entry.path().filename().string());
  }
  std::sort(scripts.begin(), scripts.end());
  return scripts;
}

TEST(ContribExtensions, TheScriptsAreThere) { EXPECT_GE(extension_scripts().size(), 100u) << kExtensionDir; }

class ExtensionScript : public ::testing::TestWithParam<std::string> {};

TEST_P(ExtensionScript, ParsesWithoutErrors) {
  const std::string path = (kExtensionDir / GetParam()).string();
  parser::Source source;
  source.files.push_back({GetParam(), read_file(path)});
  const auto result = parser::parse(source);
  std::string errors, first;
  for (const auto& d : result.diagnostics) {
    if (d.severity != parser::Severity::Error) continue;
    errors += parser::format(d) + "\n";
    if (first.empty()) first = d.message.substr(0, d.message.find('\n'));
  }
  const auto known = known_failures();
  const auto listed = known.find("extension " + GetParam());
  if (listed == known.end()) {
    EXPECT_TRUE(errors.empty()) << "extension " << GetParam() << " | " << first << "\n" << errors;
  } else if (errors.empty()) {
    ADD_FAILURE() << "extension " << GetParam() << " parses without errors now: remove it from known_failures.txt";
  } else {
    EXPECT_EQ(listed->second, first) << "extension " << GetParam() << " fails differently now: update known_failures.txt\n" << errors;
  }
}

std::string script_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Postgres15, ExtensionScript, ::testing::ValuesIn(extension_scripts()), script_name);

}  // namespace
}  // namespace schemadelta::testing
