// The compact token list lex_sql returns (12 bytes a token, its text a view of the lexed text) and
// the character stream that views ASCII text in place instead of decoding it to code points: the
// same tokens, texts and kinds as before, for ASCII text and for text with 2-, 3- and 4-byte
// characters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parser/scanner_agreement.h"
#include "parser/sql_token.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

using parser::TokenKind;

std::vector<std::pair<TokenKind, std::string>> tokens_of(const parser::SqlTokens& tokens) {
  std::vector<std::pair<TokenKind, std::string>> out;
  for (const auto token : tokens) out.emplace_back(token.kind, std::string(token.text));
  return out;
}

std::vector<std::pair<TokenKind, std::string>> copied_tokens_of(const std::string& text) {
  std::vector<std::pair<TokenKind, std::string>> out;
  parser::for_each_sql_token(text, [&](parser::SqlToken&& token) { out.emplace_back(token.kind, token.text); });
  return out;
}

TEST(CompactTokens, TextsAreTheSlicesOfTheTextWhateverItsCharacters) {
  const std::string text = "SELECT 'é' || \"naïve€\" /* ∑ comment */, E'x𝄞y', f($1)::numeric(10, 2) FROM t;";
  const auto tokens = parser::lex_sql(text);
  const std::vector<std::pair<TokenKind, std::string>> expected = {
      {TokenKind::Word, "SELECT"}, {TokenKind::String, "'é'"},  {TokenKind::Operator, "||"},
      {TokenKind::QuotedIdentifier, "\"naïve€\""}, {TokenKind::Comma, ","}, {TokenKind::String, "E'x𝄞y'"},
      {TokenKind::Comma, ","},     {TokenKind::Word, "f"},      {TokenKind::LParen, "("},
      {TokenKind::Param, "$1"},    {TokenKind::RParen, ")"},    {TokenKind::DoubleColon, "::"},
      {TokenKind::Word, "numeric"}, {TokenKind::LParen, "("},   {TokenKind::Number, "10"},
      {TokenKind::Comma, ","},     {TokenKind::Number, "2"},    {TokenKind::RParen, ")"},
      {TokenKind::Word, "FROM"},   {TokenKind::Word, "t"},      {TokenKind::Semicolon, ";"}};
  EXPECT_EQ(tokens_of(tokens), expected);
  EXPECT_EQ(copied_tokens_of(text), expected);
  ASSERT_EQ(tokens.size(), expected.size());
  EXPECT_EQ(tokens.back().text, ";");
  EXPECT_EQ(tokens.front().text.data(), text.data());  // a view, not a copy
}

TEST(CompactTokens, ATemporaryTextIsKeptByItsTokens) {
  auto make = [] { return std::string("a + \"ü\" * 'long enough not to fit in a small string buffer'"); };
  const auto tokens = parser::lex_sql(make());
  std::string(1000, 'x');  // reuse the freed memory, if the tokens did not keep it
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[2].text, "\"ü\"");
  EXPECT_EQ(tokens[4].text, "'long enough not to fit in a small string buffer'");
  const auto copy = tokens;  // copies share the text
  EXPECT_EQ(copy[4].text.data(), tokens[4].text.data());
}

TEST(CompactTokens, TextThatIsNotUtf8IsOneOtherToken) {
  const std::string text = "'a\xff'";
  const auto tokens = parser::lex_sql(text);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::Other);
  EXPECT_EQ(tokens[0].text, text);
}

// The stream views ASCII text in place and decodes any other: the generated lexer (which reads
// it through LA, consume, seek and getText) and the scanner (which reads its code points) agree
// on both, token for token, text for text.
TEST(CompactTokens, TheScannerAndTheGrammarAgreeOnViewedAndDecodedText) {
  for (const std::string text : {
           "select $tag$ Body $tag$, a\nfrom t where x = 'it''s' -- done\n;",
           "select $tag$ Bödy $tag$, ä\nfrom t where x = 'it''s ∑' -- dönë\n;",
           "CREATE TABLE \"𝄞\" (a integer DEFAULT 1 /* nested /* ö */ */, b text);",
           "CREATE TABLE t (a integer DEFAULT 1 /* nested /* o */ */, b text);",
       }) {
    EXPECT_EQ(parser::scanner_disagreement(text), std::nullopt) << text;
  }
}

// A dump's COPY data is skipped to its end line, in ASCII text and in text with wider
// characters (the scanner's search for the next line, on bytes or on code points).
TEST(CompactTokens, CopyDataIsSkippedInViewedAndDecodedText) {
  for (const std::string name : {"plain", "wïde"}) {
    const std::string sql = "CREATE TABLE \"" + name + "\" (a text);\nCOPY \"" + name +
                            "\" (a) FROM stdin;\nx ; CREATE TABLE nope (a int);\n\\.\nCREATE TABLE after (b integer);\n";
    const auto result = parse_text(sql);
    ASSERT_FALSE(result.has_errors()) << messages(result);
    const auto& tables = result.catalog.schemas.at("public").tables;
    EXPECT_TRUE(tables.count(name)) << name;
    EXPECT_TRUE(tables.count("after")) << name;
    EXPECT_FALSE(tables.count("nope")) << name;
  }
}

}  // namespace
}  // namespace schemadelta::testing
