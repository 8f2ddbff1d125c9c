// One keyword source: grammar/postgres/keywords.txt. The table built from it (sql/keywords.h)
// holds every line with its PostgreSQL category, and the generator's quoting and the parser's
// canonical names quote exactly the words whose category is not unreserved.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "generator/postgres/quoting.h"
#include "parser/expression_normalizer.h"
#include "sql/keywords.h"

namespace schemadelta {
namespace {

std::map<std::string, std::string> keyword_lines() {
  std::ifstream in(std::string(SCHEMADELTA_SOURCE_DIR) + "/grammar/postgres/keywords.txt");
  std::map<std::string, std::string> categories;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string token, grammar_class, category;
    fields >> token >> grammar_class >> category;
    if (token.size() > 2 && token.ends_with("_P")) token.resize(token.size() - 2);
    for (char& c : token) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    categories[token] = category;
  }
  return categories;
}

std::string category_name(sql::KeywordCategory category) {
  switch (category) {
    case sql::KeywordCategory::reserved: return "reserved";
    case sql::KeywordCategory::type_func_name: return "type_func_name";
    case sql::KeywordCategory::col_name: return "col_name";
    case sql::KeywordCategory::unreserved: return "unreserved";
  }
  return "?";
}

TEST(Keywords, EveryLineOfKeywordsTxtIsInTheTableWithItsCategory) {
  const auto lines = keyword_lines();
  ASSERT_GT(lines.size(), 300u);
  for (const auto& [word, category] : lines) {
    const auto found = sql::keyword_category(word);
    ASSERT_TRUE(found.has_value()) << word;
    EXPECT_EQ(category_name(*found), category) << word;
  }
  EXPECT_FALSE(sql::keyword_category("customer").has_value());
  EXPECT_FALSE(sql::keyword_category("").has_value());
}

TEST(Keywords, ScriptsAndCanonicalTextQuoteTheSameWords) {
  for (const auto& [word, category] : keyword_lines()) {
    const bool quoted = category != "unreserved";
    EXPECT_EQ(generator::postgres::quote_identifier(word), quoted ? "\"" + word + "\"" : word) << word << " " << category;
    EXPECT_EQ(parser::canonical_identifier(word), quoted ? "\"" + word + "\"" : word) << word << " " << category;
  }
  // The words the two hand lists disagreed on (PostgreSQL 16's json keywords and system_user).
  for (const std::string word : {"json", "json_array", "json_object", "system_user"}) {
    EXPECT_EQ(parser::canonical_identifier(word), "\"" + word + "\"");
    EXPECT_EQ(generator::postgres::quote_identifier(word), "\"" + word + "\"");
  }
}

TEST(Quoting, OneLiteralQuoterAndIdentifiersDifferOnlyInDollar) {
  EXPECT_EQ(generator::postgres::quote_literal("it's"), "'it''s'");
  EXPECT_EQ(generator::postgres::quote_identifier("a$b"), "\"a$b\"");
  EXPECT_EQ(parser::canonical_identifier("a$b"), "a$b");
  EXPECT_EQ(parser::canonical_identifier("Mixed\"Case"), "\"Mixed\"\"Case\"");
  EXPECT_EQ(generator::postgres::quote_identifier("9lives"), "\"9lives\"");
}

}  // namespace
}  // namespace schemadelta
