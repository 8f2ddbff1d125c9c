// model::BoxedString, the 8-byte string of a column's rarely set parts (STORAGE, COMPRESSION,
// the NOT NULL constraint's name): it reads, compares and copies as the std::string it replaced,
// holds nothing when empty, and keeps model::Column small (a table of 100,000 columns is read
// twice by diff).
#include <gtest/gtest.h>

#include <sstream>

#include "model/table.h"

namespace schemadelta::testing {
namespace {

TEST(BoxedString, ReadsComparesAndCopiesAsAString) {
  model::BoxedString s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.str(), "");
  EXPECT_EQ(s, std::string());
  s = std::string("EXTERNAL");
  EXPECT_FALSE(s.empty());
  EXPECT_EQ(s, "EXTERNAL");
  EXPECT_NE(s, "MAIN");
  model::BoxedString copy = s;
  EXPECT_EQ(copy, s);
  copy = "MAIN";
  EXPECT_EQ(s, "EXTERNAL");  // a copy holds its own string
  EXPECT_NE(copy, s);
  EXPECT_EQ(" SET STORAGE " + s, " SET STORAGE EXTERNAL");
  const std::string& read = s;
  EXPECT_EQ(read, "EXTERNAL");
  std::ostringstream out;
  out << s;
  EXPECT_EQ(out.str(), "EXTERNAL");
  s = std::string();  // an empty string frees the box: equal to a box never set
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s, model::BoxedString());
}

TEST(BoxedString, KeepsAColumnsRarePartsInOneBox) {
  EXPECT_EQ(sizeof(model::BoxedString), sizeof(void*));
  model::Column a, b;
  a.name = b.name = "c";
  b.details.edit().storage = std::string("PLAIN");
  EXPECT_NE(a, b);
  ASSERT_NE(b.details.held(), nullptr);
  b.details.held()->storage.clear();
  EXPECT_EQ(a, b);  // a box emptied equals none
  // Clearing a part of a column that has none makes no box (the parser clears parts of every
  // column it copies from LIKE or a parent).
  if (auto* held = a.details.held()) held->identity = {};
  EXPECT_EQ(a.details.held(), nullptr);
  // 272 bytes with three std::string fields, 200 with a type of three, 152 with each rare part
  // boxed on its own, 112 with the six in one box: a column of a wide table is mostly its name
  // and type.
  EXPECT_LE(sizeof(model::Column), 112u);
}

TEST(BoxedString, KeepsATypesSchemaAndModifiersAtAPointerEach) {
  const model::TypeRef integer{"", "integer", "", 0};
  const model::TypeRef varchar{"", "character varying", "(20)", 0};
  const model::TypeRef mood{"public", "mood", "", 1};
  EXPECT_LE(sizeof(model::TypeRef), sizeof(std::string) + 3 * sizeof(void*));
  EXPECT_TRUE(integer.is_builtin());
  EXPECT_FALSE(mood.is_builtin());
  EXPECT_EQ(model::to_string(varchar), "character varying(20)");
  EXPECT_EQ(model::to_string(mood), "public.mood[]");
  // Ordered as the three strings were: schema, name, modifiers, then dimensions.
  EXPECT_LT(integer, mood);
  EXPECT_LT(varchar, (model::TypeRef{"", "character varying", "(30)", 0}));
  EXPECT_LT((model::TypeRef{"", "character varying", "", 0}), varchar);
  EXPECT_EQ(varchar, (model::TypeRef{"", "character varying", std::string("(20)"), 0}));
  EXPECT_NE(mood, (model::TypeRef{"public", "mood", "", 0}));
}

}  // namespace
}  // namespace schemadelta::testing
