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

// What depends on a cycle's member comes after the cycle, even when its id sorts first (a new
// child table of a parent on a foreign-key cycle: "relation ... does not exist").
TEST(DependencyOrder, WhatDependsOnACycleComesAfterIt) {
  using model::ObjectId;
  using model::ObjectKind;
  ObjectId child{ObjectKind::Table, "s", "a_child", "", ""}, grandchild{ObjectKind::Table, "s", "a_grandchild", "", ""},
      p{ObjectKind::Table, "s", "p", "", ""}, q{ObjectKind::Table, "s", "q", "", ""}, free{ObjectKind::Table, "s", "z", "", ""};
  compare::Dependencies deps{{p, {q}}, {q, {p}}, {child, {q}}, {grandchild, {child}}};
  auto result = compare::dependency_order({grandchild, child, p, q, free}, deps);
  ASSERT_EQ(result.cycles.size(), 1u);
  EXPECT_EQ(result.cycles[0], (std::vector<ObjectId>{p, q}));
  EXPECT_EQ(result.order, (std::vector<ObjectId>{free, p, q, child, grandchild}));
}

// Edges named by a function, in any order and with repeats, give what the same edges in a map give.
TEST(DependencyOrder, EdgesFromAFunctionOrderAsTheSameEdgesInAMap) {
  using model::ObjectId;
  using model::ObjectKind;
  std::vector<ObjectId> nodes;
  for (int i = 0; i < 40; ++i) nodes.push_back({i % 3 ? ObjectKind::Table : ObjectKind::View, "s", "n" + std::to_string(i), "", ""});
  compare::Dependencies deps;
  for (int i = 0; i < 40; ++i) {
    for (int j : {(i * 7) % 40, (i * 13 + 5) % 40, (i + 1) % 40}) {
      if (j < i || i % 9 == 0) deps[nodes[i]].insert(nodes[j]);  // mostly backwards, some cycles
    }
    deps[nodes[i]].insert({ObjectKind::Type, "s", "outside", "", ""});  // not a node: ignored
  }
  deps[nodes[1]].insert(nodes[0]);  // 0 needs 1 and 1 needs 0
  auto visitor = [&](const ObjectId& id, const std::function<void(const ObjectId&)>& depends_on) {
    auto it = deps.find(id);
    if (it == deps.end()) return;
    for (auto target = it->second.rbegin(); target != it->second.rend(); ++target) {
      depends_on(*target);
      depends_on(*target);
    }
  };
  const auto from_map = compare::dependency_order(nodes, deps);
  const auto from_visitor = compare::dependency_order(nodes, compare::DependencyVisitor(visitor));
  EXPECT_EQ(from_visitor.order, from_map.order);
  EXPECT_EQ(from_visitor.cycles, from_map.cycles);
  EXPECT_FALSE(from_map.cycles.empty());
}

}  // namespace
}  // namespace schemadelta::testing
