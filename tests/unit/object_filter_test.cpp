// --schema, --exclude-schema and ignore rules on a parsed catalog.
#include <gtest/gtest.h>

#include "model/object_filter.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

model::Catalog filtered(const std::string& sql, const model::ObjectFilter& filter) {
  auto result = parse_text(sql);
  EXPECT_FALSE(result.has_errors()) << messages(result);
  model::apply_filter(result.catalog, filter);
  return result.catalog;
}

model::ObjectPattern pattern(const std::string& text) {
  std::string error;
  auto p = model::parse_object_pattern(text, error);
  EXPECT_TRUE(p) << error;
  return p.value_or(model::ObjectPattern{});
}

TEST(ObjectFilter, GlobsMatchLikeAShell) {
  EXPECT_TRUE(model::glob_match("tmp_*", "tmp_2024"));
  EXPECT_TRUE(model::glob_match("*_old", "orders_old"));
  EXPECT_TRUE(model::glob_match("a?c", "abc"));
  EXPECT_FALSE(model::glob_match("a?c", "abbc"));
  EXPECT_TRUE(model::glob_match("*", ""));
  EXPECT_FALSE(model::glob_match("tmp_*", "orders"));
}

TEST(ObjectFilter, PatternsReadKindSchemaAndName) {
  auto p = pattern("table:public.tmp_*");
  EXPECT_EQ(p.kind, "table");
  EXPECT_EQ(p.schema, "public");
  EXPECT_EQ(p.name, "tmp_*");
  EXPECT_EQ(pattern("legacy.*").kind, "*");
  EXPECT_EQ(pattern("function:audit_*").schema, "*");
  std::string error;
  EXPECT_FALSE(model::parse_object_pattern("tabel:x.y", error));
  EXPECT_NE(error.find("unknown kind 'tabel'"), std::string::npos);
}

TEST(ObjectFilter, SchemasAreIncludedAndExcluded) {
  const char* sql = "CREATE SCHEMA app; CREATE SCHEMA audit; CREATE TABLE app.t (a int); CREATE TABLE audit.log (a int);"
                    "COMMENT ON TABLE audit.log IS 'x';";
  model::ObjectFilter only_app;
  only_app.schemas = {"app"};
  auto catalog = filtered(sql, only_app);
  EXPECT_TRUE(catalog.find_schema("app"));
  EXPECT_FALSE(catalog.find_schema("audit"));
  EXPECT_FALSE(catalog.find_schema("public"));
  EXPECT_TRUE(catalog.comments.empty()) << "side tables follow";

  model::ObjectFilter no_audit;
  no_audit.exclude_schemas = {"aud*"};
  catalog = filtered(sql, no_audit);
  EXPECT_TRUE(catalog.find_schema("app"));
  EXPECT_FALSE(catalog.find_schema("audit"));
}

TEST(ObjectFilter, AnIgnoredTableTakesItsChildrenAlong) {
  model::ObjectFilter filter;
  filter.ignore = {pattern("table:public.tmp_*"), pattern("function:*.debug_*")};
  auto catalog = filtered("CREATE TABLE tmp_import (id int PRIMARY KEY); CREATE INDEX tmp_i ON tmp_import (id);"
                          "CREATE TABLE keep (id int); CREATE FUNCTION debug_dump() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                          "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
                          filter);
  const auto& schema = *catalog.find_schema("public");
  EXPECT_EQ(schema.tables.size(), 1u);
  EXPECT_TRUE(schema.tables.count("keep"));
  EXPECT_TRUE(schema.indexes.empty());
  EXPECT_EQ(schema.routines.size(), 1u);
}

}  // namespace
}  // namespace schemadelta::testing
