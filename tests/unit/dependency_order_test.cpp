// compare's ordering core: dependencies first, ties in input order, cycles reported with their
// members.
#include <gtest/gtest.h>

#include "compare/dependency_order.h"

namespace schemadelta::testing {
namespace {

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
