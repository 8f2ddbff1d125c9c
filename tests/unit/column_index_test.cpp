// parser::ColumnIndex: a table's columns found by name at their position in its list, the first
// of a name kept, absent names not found, through the growth of its slot table and of the list.
#include <gtest/gtest.h>

#include <string>

#include "parser/column_index.h"

namespace schemadelta::testing {
namespace {

TEST(ColumnIndex, FindsEachColumnAtItsPositionAndKeepsTheFirst) {
  model::Table table;
  parser::ColumnIndex index(table);
  EXPECT_FALSE(index.contains("a"));
  EXPECT_EQ(index.position("a"), std::nullopt);
  const std::size_t count = 5000;  // the slot table grows many times, the list moves
  for (std::size_t i = 0; i < count; ++i) {
    table.columns.push_back(model::Column{.name = "c" + std::to_string(i)});
    EXPECT_TRUE(index.add_last());
  }
  table.columns.push_back(model::Column{.name = "c17"});
  EXPECT_FALSE(index.add_last());  // there already: the first position stays
  table.columns.push_back(model::Column{.name = ""});
  EXPECT_TRUE(index.add_last());   // an empty name is a name like any other
  for (std::size_t i = 0; i < count; ++i) {
    const std::string name = "c" + std::to_string(i);
    ASSERT_TRUE(index.contains(name)) << name;
    EXPECT_EQ(index.position(name), i) << name;
    EXPECT_FALSE(index.contains(name + "x")) << name;
  }
  EXPECT_EQ(index.position(""), count + 1);
  EXPECT_FALSE(index.contains("c" + std::to_string(count)));
  EXPECT_FALSE(index.contains("C1"));  // names are compared as they are (already folded)
}

TEST(ColumnIndex, IndexesATablesColumnsInOrder) {
  model::Table table;
  for (const char* name : {"id", "name", "Name", "id"}) table.columns.push_back(model::Column{.name = name});
  const parser::ColumnIndex index(table);
  EXPECT_EQ(index.position("id"), 0u);  // twice in the list: the first
  EXPECT_EQ(index.position("name"), 1u);
  EXPECT_EQ(index.position("Name"), 2u);
  EXPECT_FALSE(index.contains("nam"));
}

}  // namespace
}  // namespace schemadelta::testing
