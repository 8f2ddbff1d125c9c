#include <gtest/gtest.h>

#include <algorithm>

#include "generator/postgres/archive_sql.h"
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

// The holding schema's SQL is a compiled-in resource with placeholders: a schema name that looks
// like a placeholder stays a name, and no placeholder is left over.
TEST(HoldingSchema, PlaceholdersAreFilledOnceAndNamesStayNames) {
  compare::PreservationPlan plan;
  plan.archive_schema = "keep{{tag}}";
  const auto statements = generator::postgres::archive_setup(plan);
  ASSERT_EQ(statements.size(), 13u);  // the schema, its record table, the hold and restore functions, an old restore_table dropped
  EXPECT_EQ(statements[0].sql, "CREATE SCHEMA IF NOT EXISTS \"keep{{tag}}\";");
  for (const auto& statement : statements) {
    for (const char* placeholder : {"{{archive}}", "{{archive_literal}}", "{{tag}}\n", "--!"}) {
      EXPECT_EQ(statement.sql.find(placeholder), std::string::npos) << placeholder << " in\n" << statement.sql;
    }
  }
  const bool finds_holdings_by_name = std::any_of(statements.begin(), statements.end(), [](const auto& statement) {
    return statement.sql.find("to_regclass(format('%I.%I', 'keep{{tag}}', holding))") != std::string::npos;
  });
  EXPECT_TRUE(finds_holdings_by_name) << "a holding is found by its quoted name in the named schema";
  EXPECT_NE(statements[2].sql.find("AS $body$\n"), std::string::npos) << statements[2].sql;
}

}  // namespace
}  // namespace schemadelta::testing
