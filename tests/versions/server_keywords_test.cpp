// The keyword table (grammar/postgres/keywords.txt) against the running server's own list
// (pg_get_keywords()): every word the server does not let stand as a plain identifier everywhere
// must be in the table with the server's category, so scripts quote it. Run on 15 and, in make
// test, on 18; scripts/test-versions.sh runs it on every major.
#include <gtest/gtest.h>

#include <sstream>

#include "sql/keywords.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

const char* category_code(sql::KeywordCategory category) {
  switch (category) {
    case sql::KeywordCategory::reserved: return "R";
    case sql::KeywordCategory::type_func_name: return "T";
    case sql::KeywordCategory::col_name: return "C";
    case sql::KeywordCategory::unreserved: return "U";
  }
  return "?";
}

TEST(ServerKeywords, EveryKeywordTheServerRestrictsIsQuotedWithItsCategory) {
  auto& server = test_server();
  const auto database = fresh_database("keywords");
  const auto run = server.run_sql(database,
                                  "SELECT 'keywords:' || string_agg(word || '=' || catcode::text, ' ' ORDER BY word) "
                                  "FROM pg_catalog.pg_get_keywords() WHERE catcode <> 'U';");
  ASSERT_TRUE(run.ok) << run.output;
  const auto start = run.output.find("keywords:");
  ASSERT_NE(start, std::string::npos) << run.output;
  std::istringstream words(run.output.substr(start + 9, run.output.find('\n', start) - start - 9));
  int checked = 0;
  for (std::string entry; words >> entry;) {
    const auto equals = entry.find('=');
    ASSERT_NE(equals, std::string::npos) << entry;
    const auto word = entry.substr(0, equals);
    const auto code = entry.substr(equals + 1);
    const auto ours = sql::keyword_category(word);
    ++checked;
    if (!ours) {
      ADD_FAILURE() << word << " (" << code << " on PostgreSQL " << server.server_version() << ") is missing from keywords.txt";
      continue;
    }
    EXPECT_EQ(category_code(*ours), code) << word << " on PostgreSQL " << server.server_version();
  }
  EXPECT_GT(checked, 90) << run.output;  // about a hundred on every major since 9
}

}  // namespace
}  // namespace schemadelta::testing
