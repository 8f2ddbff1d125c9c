#include <gtest/gtest.h>

#include "compare/dependency_order.h"
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

TEST(DependencyOrder, DependenciesComeFirstAndTiesAreStable) {
  using model::ObjectId;
  using model::ObjectKind;
  ObjectId a{ObjectKind::View, "s", "a", "", ""}, b{ObjectKind::View, "s", "b", "", ""}, c{ObjectKind::Table, "s", "c", "", ""};
  compare::Dependencies deps{{a, {b}}, {b, {c}}};
  auto result = compare::dependency_order({a, b, c}, deps);
  EXPECT_EQ(result.order, (std::vector<ObjectId>{c, b, a}));
  EXPECT_TRUE(result.cycles.empty());
}

TEST(DependencyOrder, CyclesAreReportedWithTheirMembers) {
  using model::ObjectId;
  using model::ObjectKind;
  ObjectId a{ObjectKind::Table, "s", "a", "", ""}, b{ObjectKind::Table, "s", "b", "", ""}, c{ObjectKind::Table, "s", "c", "", ""};
  compare::Dependencies deps{{a, {b}}, {b, {a}}};
  auto result = compare::dependency_order({a, b, c}, deps);
  ASSERT_EQ(result.cycles.size(), 1u);
  EXPECT_EQ(result.cycles[0], (std::vector<ObjectId>{a, b}));
  EXPECT_EQ(result.order.size(), 3u);
  EXPECT_EQ(result.order[0], c);
}

}  // namespace
}  // namespace schemadelta::testing
