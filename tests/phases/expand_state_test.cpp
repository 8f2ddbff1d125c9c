// The expand state, without a server: what both application versions get in expand, what waits
// for contract and why, and what --expand-contract refuses.
#include <gtest/gtest.h>

#include "compare/expand_state.h"
#include "generator/postgres/quoting.h"
#include "generator/postgres/transition_sql.h"
#include "tests/support/test_server.h"

namespace schemadelta::testing {
namespace {

using compare::ReleasePhase;

model::Catalog read(const std::string& sql) {
  std::string problems;
  auto result = parse_clean("input.sql", sql, problems);
  EXPECT_FALSE(result.has_errors()) << problems;
  return result.catalog;
}

compare::Rename rename(model::ObjectKind kind, const std::string& table, const std::string& from, const std::string& to) {
  compare::Rename r;
  r.kind = kind;
  r.schema = "public";
  r.table = table;
  r.old_name = from;
  r.new_name = to;
  return r;
}

const model::Column& column(const compare::ExpandState& state, const std::string& table, const std::string& name) {
  const auto* found = state.catalog.find_schema("public")->tables.at(table).find_column(name);
  if (!found) throw std::runtime_error("no column " + table + "." + name);
  return *found;
}

std::optional<ReleasePhase> decided(const compare::ExpandState& state, const std::string& name) {
  for (const auto& decision : state.decisions) {
    if (decision.id.name == name) return decision.phase;
  }
  return std::nullopt;
}

TEST(ExpandState, AddsNewColumnsNullableUntilContractAndRelaxesDroppedOnes) {
  auto state = compare::expand_state(read("create table t (id int primary key, gone text not null, kept int);"),
                                     read("create table t (id int primary key, kept int, fresh text not null, soft text default 'x' not null);"),
                                     {});
  EXPECT_FALSE(column(state, "t", "fresh").not_null);
  EXPECT_EQ(decided(state, "fresh"), ReleasePhase::Contract);
  EXPECT_TRUE(column(state, "t", "soft").not_null) << "a default gives the old version's rows a value";
  EXPECT_FALSE(column(state, "t", "gone").not_null) << "the new version inserts rows without the dropped column";
  EXPECT_EQ(decided(state, "gone"), ReleasePhase::Expand);
}

TEST(ExpandState, WidensInPlaceAndPutsOtherTypesBesideTheOldColumn) {
  auto state = compare::expand_state(read("create table t (a varchar(10), b int, c text, d int);"),
                                     read("create table t (a varchar(20), b bigint, c varchar(5), d text);"), {});
  EXPECT_EQ(column(state, "t", "a").type.modifiers, "(20)");
  EXPECT_EQ(column(state, "t", "b").type.name, "bigint");
  EXPECT_EQ(column(state, "t", "c").type.name, "text");
  EXPECT_EQ(column(state, "t", "schemadelta_new_c").type.name, "character varying");
  EXPECT_EQ(decided(state, "schemadelta_new_c"), ReleasePhase::Expand);
  EXPECT_EQ(column(state, "t", "d").type.name, "integer") << "numbers read back as strings would break the old version";
  ASSERT_EQ(state.swaps.size(), 2u);
  EXPECT_EQ(state.swaps[0].column, "c");
  EXPECT_EQ(state.syncs.size(), 2u) << "each shadow is kept equal to its column by the trigger";
}

TEST(ExpandState, AColumnAViewReadsChangesTypeInPlaceInContract) {
  auto state = compare::expand_state(read("create table t (c text); create view v as select c from t;"),
                                     read("create table t (c varchar(5)); create view v as select c from t;"), {});
  EXPECT_TRUE(state.swaps.empty()) << "the view names the column: contract could not rename a shadow under it";
  EXPECT_EQ(column(state, "t", "c").type.name, "text");
  EXPECT_EQ(decided(state, "c"), ReleasePhase::Contract);
}

TEST(ExpandState, RenamedColumnHasBothFormsKeptInStep) {
  auto state = compare::expand_state(read("create table t (id int primary key, email varchar(50) not null);"),
                                     read("create table t (id int primary key, email_address varchar(100) not null);"),
                                     {rename(model::ObjectKind::Column, "t", "email", "email_address")});
  ASSERT_TRUE(state.errors.empty());
  ASSERT_EQ(state.syncs.size(), 1u);
  EXPECT_EQ(state.syncs[0].old_column.name, "email");
  EXPECT_EQ(state.syncs[0].new_column.name, "email_address");
  EXPECT_TRUE(column(state, "t", "email").not_null);
  EXPECT_FALSE(column(state, "t", "email_address").not_null) << "filled by the backfill; NOT NULL in contract";
  const auto sql = generator::postgres::sync_objects_sql(state.syncs);
  EXPECT_NE(sql.find("CREATE TRIGGER schemadelta_sync BEFORE INSERT OR UPDATE ON public.t"), std::string::npos) << sql;
  EXPECT_NE(sql.find("(NEW.email_address)::character varying(50)"), std::string::npos) << sql;
  const auto backfill = generator::postgres::backfill_statements(state.syncs);
  ASSERT_EQ(backfill.size(), 1u);
  EXPECT_NE(backfill[0].sql.find("COMMIT;"), std::string::npos);
}

TEST(ExpandState, ChangedDefinitionsWaitAndRelaxationsGoEarly) {
  auto state = compare::expand_state(
      read("create type e as enum ('a', 'b'); create type f as enum ('x', 'y');"
           "create table t (id int primary key, n int check (n > 0), u int unique);"
           "create view v as select id from t; create function g() returns int language sql as 'select 1';"),
      read("create type e as enum ('a', 'a2', 'b', 'c'); create type f as enum ('x');"
           "create table t (id int primary key, n int, u int);"
           "create view v as select id, n from t; create function g() returns int language sql as 'select 2';"),
      {});
  const auto& schema = *state.catalog.find_schema("public");
  EXPECT_EQ(schema.types.at("e").enum_labels, (std::vector<std::string>{"a", "a2", "b", "c"}));
  EXPECT_EQ(schema.types.at("f").enum_labels, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(decided(state, "f"), ReleasePhase::Contract);
  EXPECT_FALSE(schema.tables.at("t").constraints.count("t_n_check")) << "a dropped CHECK goes in expand";
  EXPECT_TRUE(schema.tables.at("t").constraints.count("t_u_key")) << "a dropped UNIQUE waits for contract";
  EXPECT_EQ(schema.views.at("v").query.canonical, read("create table t (id int); create view v as select id from t;")
                                                       .find_schema("public")->views.at("v").query.canonical);
  EXPECT_EQ(decided(state, "v"), ReleasePhase::Contract);
  EXPECT_EQ(decided(state, "g"), ReleasePhase::Contract);
}

TEST(ExpandState, ADomainLoosensInExpandAndTightensInContract) {
  auto state = compare::expand_state(
      read("create domain loose as int not null check (value > 0); create domain tight as int;"
           "create domain mixed as int not null constraint pos check (value > 0);"),
      read("create domain loose as int; create domain tight as int not null check (value > 0);"
           "create domain mixed as int constraint pos check (value > 0) constraint small check (value < 10);"),
      {});
  const auto& domains = state.catalog.find_schema("public")->domains;
  EXPECT_FALSE(domains.at("loose").not_null);
  EXPECT_TRUE(domains.at("loose").constraints.empty()) << "both loosenings go in expand";
  EXPECT_FALSE(decided(state, "loose").has_value());
  EXPECT_FALSE(domains.at("tight").not_null);
  EXPECT_TRUE(domains.at("tight").constraints.empty());
  EXPECT_EQ(decided(state, "tight"), ReleasePhase::Contract);
  EXPECT_FALSE(domains.at("mixed").not_null) << "NOT NULL goes in expand";
  EXPECT_EQ(domains.at("mixed").constraints.size(), 1u) << "the kept CHECK stays, the new one waits";
  EXPECT_EQ(decided(state, "mixed"), ReleasePhase::Contract);
}

TEST(ExpandState, ANameTheOtherKindStillUsesWaitsForContract) {
  auto state = compare::expand_state(read("create table base (id int); create view r as select id from base;"),
                                     read("create table base (id int); create table r (id int);"), {});
  EXPECT_TRUE(state.catalog.find_schema("public")->views.count("r"));
  EXPECT_FALSE(state.catalog.find_schema("public")->tables.count("r"));
  EXPECT_EQ(decided(state, "r"), ReleasePhase::Contract);
}

TEST(ExpandState, RefusesRenamesNeitherVersionCouldFollow) {
  compare::Rename table_rename;
  table_rename.kind = model::ObjectKind::Table;
  table_rename.schema = "public";
  table_rename.old_name = "a";
  table_rename.new_name = "b";
  auto state = compare::expand_state(read("create table a (id int);"), read("create table b (id int);"), {table_rename});
  ASSERT_EQ(state.errors.size(), 1u);
  EXPECT_NE(state.errors[0].find("cannot rename a table"), std::string::npos) << state.errors[0];
}

TEST(ExpandState, TransitionNamesStayWithinPostgresLimit) {
  const std::string long_table(80, 't');
  const auto name = generator::postgres::sync_function_name(long_table);
  EXPECT_LE(name.size(), 63u);
  EXPECT_NE(name, generator::postgres::sync_function_name(long_table + "u"));
  EXPECT_EQ(generator::postgres::within_name_limit("short"), "short");
  const std::string accented = std::string(53, 'a') + "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";  // 65 bytes
  const auto cut = generator::postgres::within_name_limit(accented);
  EXPECT_LE(cut.size(), 63u);
  EXPECT_EQ(cut.substr(0, 53), std::string(53, 'a'));
  EXPECT_EQ(cut[53], '_') << "no half character left before the hash";
}

TEST(ExpandState, FitsInPlaceOnlyWhenOldValuesReadTheSame) {
  auto type = [](const std::string& name, const std::string& modifiers = "") {
    model::TypeRef t;
    t.name = name;
    t.modifiers = modifiers;
    return t;
  };
  EXPECT_TRUE(compare::fits_in_place(type("integer"), type("bigint")));
  EXPECT_TRUE(compare::fits_in_place(type("character varying", "(10)"), type("text")));
  EXPECT_FALSE(compare::fits_in_place(type("integer"), type("text")));
  EXPECT_FALSE(compare::fits_in_place(type("bigint"), type("integer")));
}

}  // namespace
}  // namespace schemadelta::testing
