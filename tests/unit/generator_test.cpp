#include <gtest/gtest.h>

#include "generator/postgres/quoting.h"

namespace schemadelta::testing {
namespace {

using generator::postgres::quote_identifier;
using generator::postgres::quote_literal;

TEST(Quoting, IdentifiersAreQuotedExactlyWhenNeeded) {
  EXPECT_EQ(quote_identifier("orders"), "orders");
  EXPECT_EQ(quote_identifier("Orders"), "\"Orders\"");
  EXPECT_EQ(quote_identifier("user"), "\"user\"");
  EXPECT_EQ(quote_identifier("select"), "\"select\"");
  EXPECT_EQ(quote_identifier("a b"), "\"a b\"");
  EXPECT_EQ(quote_identifier("x\"; DROP TABLE t; --"), "\"x\"\"; DROP TABLE t; --\"");
  EXPECT_EQ(quote_identifier("1abc"), "\"1abc\"");
}

TEST(Quoting, LiteralsDoubleTheirQuotes) {
  EXPECT_EQ(quote_literal("it's"), "'it''s'");
  EXPECT_EQ(quote_literal("'); DROP TABLE t; --"), "'''); DROP TABLE t; --'");
}

TEST(Quoting, DollarQuotesAvoidTheBodysOwnTags) {
  EXPECT_EQ(generator::postgres::dollar_quote("SELECT 1"), "$$SELECT 1$$");
  auto quoted = generator::postgres::dollar_quote("x $$ y");
  EXPECT_TRUE(quoted.starts_with("$body1$"));
}

}  // namespace
}  // namespace schemadelta::testing
