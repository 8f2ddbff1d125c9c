#include "tests/support/test_server.h"

#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "generator/postgres/quoting.h"

namespace schemadelta::testing {

namespace {
std::unique_ptr<verify::ThrowawayServer>& server_slot() {
  static std::unique_ptr<verify::ThrowawayServer> server;
  return server;
}
}  // namespace

verify::ThrowawayServer& test_server() {
  auto& server = server_slot();
  // SCHEMADELTA_TEST_SERVER_VERSION (14 to 18) chooses the server: make test-versions runs the
  // cases on each.
  if (!server) server = verify::ThrowawayServer::start(verify::server_options_for_version(verify::test_server_version()));
  return *server;
}

std::string fresh_database(const std::string& hint) {
  static int counter = 0;
  std::string name = "t" + std::to_string(++counter) + "_";
  for (char c : hint) name += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  name = name.substr(0, 60);
  test_server().create_database(name);
  return name;
}

void create_roles_for(const model::Catalog& catalog) { test_server().create_roles(model::roles_named(catalog)); }

parser::ParseResult parse_clean(const std::string& name, const std::string& text, std::string& problems) {
  parser::Source source;
  source.files.push_back({name, text});
  auto result = parser::parse(source);
  for (const auto& d : result.diagnostics) {
    // A name longer than 63 bytes is what PostgreSQL accepts with a NOTICE: fixtures use some on purpose.
    const bool truncation = d.message.find("PostgreSQL truncates it to") != std::string::npos;
    if (d.severity != parser::Severity::Note && !truncation) problems += parser::format(d) + "\n";
  }
  return result;
}

int case_min_server_version(const std::string& folder) {
  std::ifstream in(folder + "/min_server_version");
  int version = 0;
  return in >> version ? version : 0;
}

std::string case_skip_reason(const std::string& folder) {
  const int needed = case_min_server_version(folder);
  const int running = verify::test_server_version();
  if (needed > running)
    return "needs PostgreSQL " + std::to_string(needed) + " (min_server_version), the test server is " + std::to_string(running);
  // The servers of other majors ship contrib's extensions but not PostGIS: a case that creates an
  // extension the server does not have cannot load there. (Debian's 15 has what install-deps.sh
  // installs; asking it would start the server wherever cases are listed.)
  if (running == verify::k_client_major) return "";
  static const std::regex create_extension(R"(CREATE\s+EXTENSION\s+(IF\s+NOT\s+EXISTS\s+)?"?([A-Za-z0-9_-]+))", std::regex::icase);
  for (const char* side : {"/source.sql", "/target.sql"}) {
    const std::string text = read_file(folder + side);
    for (std::sregex_iterator it(text.begin(), text.end(), create_extension), end; it != end; ++it) {
      const std::string name = (*it)[2];
      auto run = test_server().run_sql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = '" +
                                                       name + "') THEN RAISE EXCEPTION 'absent'; END IF; END $$;");
      if (!run.ok) return "extension " + name + " is not available on the PostgreSQL " + std::to_string(running) + " test server";
    }
  }
  return "";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace schemadelta::testing
