// What the parser builds: names, types and PostgreSQL's implicit objects.
#include <gtest/gtest.h>

#include "model/catalog.h"
#include "tests/unit/parse_helpers.h"

namespace schemadelta::testing {
namespace {

const model::Schema& public_schema(const parser::ParseResult& result) { return result.catalog.schemas.at("public"); }

TEST(ParserModel, IdentifiersFoldUnlessQuoted) {
  auto result = parse_text("CREATE TABLE MyTable (Id INT, \"CamelCase\" text, \"with \"\"quote\"\"\" int);");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& table = public_schema(result).tables.at("mytable");
  EXPECT_EQ(table.columns[0].name, "id");
  EXPECT_EQ(table.columns[1].name, "CamelCase");
  EXPECT_EQ(table.columns[2].name, "with \"quote\"");
}

TEST(ParserModel, TypeAliasesBecomeFormatTypeNames) {
  auto result = parse_text(
      "CREATE TABLE t (a int4, b int8, c varchar(20), d timestamptz, e bool, f float8, g decimal(10,2), "
      "h char, i timestamp(3), j float(10), k int[], l integer ARRAY, m numeric(8), n \"char\");");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  std::vector<std::string> types;
  for (const auto& c : public_schema(result).tables.at("t").columns) types.push_back(model::to_string(c.type));
  EXPECT_EQ(types, (std::vector<std::string>{"integer", "bigint", "character varying(20)", "timestamp with time zone",
                                             "boolean", "double precision", "numeric(10,2)", "character(1)",
                                             "timestamp(3) without time zone", "real", "integer[]", "integer[]",
                                             "numeric(8,0)", "\"char\""}));
}

TEST(ParserModel, SerialMakesAnOwnedSequenceAndADefault) {
  auto result = parse_text("CREATE TABLE orders (id serial PRIMARY KEY, n bigserial);");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = public_schema(result);
  const auto& id = schema.tables.at("orders").columns[0];
  EXPECT_EQ(model::to_string(id.type), "integer");
  EXPECT_TRUE(id.not_null);
  ASSERT_TRUE(id.default_value);
  EXPECT_EQ(id.default_value->canonical, "nextval('public.orders_id_seq')");
  const auto& sequence = schema.sequences.at("orders_id_seq");
  EXPECT_EQ(sequence.options.data_type.name, "integer");
  EXPECT_EQ(sequence.options.max_value, 2147483647);
  ASSERT_TRUE(sequence.owned_by);
  EXPECT_EQ(sequence.owned_by->column, "id");
  EXPECT_EQ(schema.sequences.at("orders_n_seq").options.data_type.name, "bigint");
}

TEST(ParserModel, ImplicitConstraintNamesFollowPostgres) {
  auto result = parse_text(
      "CREATE TABLE p (id int PRIMARY KEY);\n"
      "CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int REFERENCES p, c int CHECK (c > 0), "
      "CHECK (a < b), UNIQUE (a, b), CHECK (c < 10));\n"
      "CREATE INDEX ON t (lower(a::text));\nCREATE INDEX ON t (a, b);\nCREATE INDEX ON t (a, b);");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = public_schema(result);
  std::vector<std::string> names;
  for (const auto& [name, _] : schema.tables.at("t").constraints) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"t_a_b_key", "t_a_key", "t_b_fkey", "t_c_check", "t_c_check1", "t_check",
                                             "t_pkey"}));
  EXPECT_TRUE(schema.indexes.count("t_lower_idx"));
  EXPECT_TRUE(schema.indexes.count("t_a_b_idx"));
  EXPECT_TRUE(schema.indexes.count("t_a_b_idx1"));
  EXPECT_EQ(schema.tables.at("t").constraints.at("t_b_fkey").foreign_key.referenced_columns, std::vector<std::string>{"id"});
}

TEST(ParserModel, LongImplicitNamesAreTruncatedTo63Bytes) {
  std::string table(60, 'x');
  auto result = parse_text("CREATE TABLE " + table + " (some_long_column_name int UNIQUE);");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& constraints = public_schema(result).tables.at(table).constraints;
  ASSERT_EQ(constraints.size(), 1u);
  const auto& name = constraints.begin()->first;
  EXPECT_EQ(name.size(), 63u);
  EXPECT_TRUE(name.ends_with("_key"));
}

TEST(ParserModel, SearchPathDecidesWhereUnqualifiedNamesGo) {
  auto result = parse_text(
      "CREATE SCHEMA app;\nSET search_path = app, public;\nCREATE TYPE mood AS ENUM ('ok');\n"
      "CREATE TABLE people (id int PRIMARY KEY, m mood);\nCREATE TABLE public.pets (owner int REFERENCES people);");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& app = result.catalog.schemas.at("app");
  ASSERT_TRUE(app.tables.count("people"));
  EXPECT_EQ(model::to_string(app.tables.at("people").columns[1].type), "app.mood");
  const auto& fk = public_schema(result).tables.at("pets").constraints.at("pets_owner_fkey");
  EXPECT_EQ(fk.foreign_key.referenced_table.schema, "app");
}

TEST(ParserModel, AlterTableFormsApply) {
  auto result = parse_text(
      "CREATE TABLE t (a int, b text);\nALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0, ALTER COLUMN b SET NOT NULL;\n"
      "ALTER TABLE ONLY t ALTER COLUMN a SET DEFAULT 7;\nALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (a);\n"
      "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\nALTER TABLE t REPLICA IDENTITY FULL;\nALTER TABLE t DROP COLUMN c;");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& t = public_schema(result).tables.at("t");
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_TRUE(t.columns[1].not_null);
  EXPECT_EQ(t.columns[0].default_value->canonical, "7");
  EXPECT_TRUE(t.constraints.count("t_pk"));
  EXPECT_TRUE(t.row_security);
  EXPECT_EQ(t.replica_identity, "FULL");
}

TEST(ParserModel, FunctionsAreKeyedByInputTypes) {
  auto result = parse_text(
      "CREATE FUNCTION f(a int, OUT b text) LANGUAGE sql AS $$ SELECT 'x' $$;\n"
      "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1';\n"
      "CREATE PROCEDURE p(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN END $$;");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& routines = public_schema(result).routines;
  ASSERT_TRUE(routines.count("f(integer)"));
  ASSERT_TRUE(routines.count("f(text)"));
  ASSERT_TRUE(routines.count("p(integer)"));
  EXPECT_EQ(model::to_string(*routines.at("f(integer)").return_type), "text");
  EXPECT_EQ(routines.at("f(text)").volatility, "IMMUTABLE");
  EXPECT_EQ(routines.at("f(text)").body.canonical, "SELECT 1");
}

TEST(ParserModel, GrantsStartFromPostgresDefaults) {
  auto result = parse_text(
      "CREATE TABLE t (a int);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "GRANT SELECT, UPDATE (a) ON t TO PUBLIC;\nREVOKE ALL ON FUNCTION f() FROM PUBLIC;\n"
      "GRANT EXECUTE ON FUNCTION f() TO PUBLIC;");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& privileges = result.catalog.privileges;
  // f's list went back to its default: nothing to record.
  EXPECT_EQ(privileges.size(), 2u);
  model::ObjectId table{model::ObjectKind::Table, "public", "t", "", ""};
  EXPECT_EQ(privileges.at(table), (model::AccessList{{"public", "SELECT", false}}));
}

// SELECT * is expanded when the view is created: written either way, one view, which depends
// on each column it reads.
TEST(ParserModel, ViewStarIsTheTablesColumns) {
  const std::string table = "CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);\n";
  auto star = parse_text(table + "CREATE VIEW v AS SELECT * FROM orders;\n");
  auto listed = parse_text(table + "CREATE VIEW v AS SELECT orders.id, orders.total FROM public.orders;\n");
  auto fewer = parse_text(table + "CREATE VIEW v AS SELECT orders.id FROM public.orders;\n");
  ASSERT_FALSE(star.has_errors()) << messages(star);
  const auto& v = public_schema(star).views.at("v");
  EXPECT_EQ(v.query, public_schema(listed).views.at("v").query) << v.query.canonical;
  EXPECT_NE(v.query, public_schema(fewer).views.at("v").query);
  model::ObjectId id{model::ObjectKind::View, "public", "v", "", ""};
  EXPECT_TRUE(star.catalog.dependencies.at(id).count(model::ObjectId{model::ObjectKind::Column, "public", "total", "orders", ""}));
}

TEST(ParserModel, DependenciesAreRecorded) {
  auto result = parse_text(
      "CREATE FUNCTION next_code() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE TABLE t (id int PRIMARY KEY, code int DEFAULT next_code());\n"
      "CREATE VIEW v AS SELECT id FROM t;\nCREATE VIEW w AS SELECT * FROM v;");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& deps = result.catalog.dependencies;
  model::ObjectId code{model::ObjectKind::Column, "public", "code", "t", ""};
  model::ObjectId function{model::ObjectKind::Function, "public", "next_code", "", "()"};
  model::ObjectId v{model::ObjectKind::View, "public", "v", "", ""};
  model::ObjectId w{model::ObjectKind::View, "public", "w", "", ""};
  EXPECT_TRUE(deps.at(code).count(function));
  EXPECT_TRUE(deps.at(v).count(model::ObjectId{model::ObjectKind::Table, "public", "t", "", ""}));
  EXPECT_TRUE(deps.at(v).count(model::ObjectId{model::ObjectKind::Column, "public", "id", "t", ""}));
  EXPECT_TRUE(deps.at(w).count(v));
}

// A schema file is a script: a drop takes the object out, with what the server drops with it.
TEST(ParserModel, DropsTakeObjectsOutOfTheModel) {
  auto result = parse_text(
      "DROP TABLE IF EXISTS gone, also_gone;\n"
      "CREATE TABLE a (id serial PRIMARY KEY, v text);\n"
      "CREATE TABLE b (a_id int REFERENCES a);\n"
      "CREATE INDEX a_v ON a (v);\n"
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
      "CREATE TRIGGER t BEFORE INSERT ON b FOR EACH ROW EXECUTE FUNCTION f();\n"
      "COMMENT ON TABLE a IS 'x';\n"
      "DROP TABLE a CASCADE;\n"
      "DROP FUNCTION f() CASCADE;\n"
      "CREATE SCHEMA s; CREATE TYPE s.e AS ENUM ('x');\n"
      "DROP SCHEMA s CASCADE;\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto& schema = public_schema(result);
  EXPECT_FALSE(schema.tables.count("a"));
  EXPECT_TRUE(schema.tables.at("b").constraints.empty()) << "the foreign key goes with CASCADE";
  EXPECT_TRUE(schema.indexes.empty());
  EXPECT_TRUE(schema.sequences.empty()) << "the serial's sequence belongs to the table";
  EXPECT_TRUE(schema.routines.empty());
  EXPECT_TRUE(schema.triggers.empty());
  EXPECT_TRUE(result.catalog.comments.empty());
  EXPECT_FALSE(result.catalog.schemas.count("s"));
  EXPECT_TRUE(result.catalog.unmanaged.empty());
}

// An extension's update script drops what an earlier version made: kept, not an error.
TEST(ParserModel, StatementsAboutObjectsDefinedElsewhereAreUnmanaged) {
  for (const std::string text : {"DROP TABLE missing;", "DROP FUNCTION gone(int);", "GRANT EXECUTE ON FUNCTION gone() TO PUBLIC;",
                                 "COMMENT ON TABLE missing IS 'x';", "ALTER TABLE missing ADD COLUMN c int;",
                                 "ALTER SEQUENCE missing RESTART;", "CREATE TABLE t (id int);\nGRANT SELECT ON t, missing TO PUBLIC;"}) {
    auto result = parse_text(text);
    EXPECT_FALSE(result.has_errors()) << text << messages(result);
    ASSERT_EQ(result.catalog.unmanaged.size(), 1u) << text;
    EXPECT_NE(result.catalog.unmanaged[0].kind.find("which this schema does not define"), std::string::npos) << text;
    EXPECT_TRUE(result.catalog.privileges.empty()) << text;
    EXPECT_TRUE(parse_text(text, /*strict=*/true).has_errors()) << text;
  }
}

TEST(ParserModel, DropsTheServerWouldRefuseAreErrors) {
  for (const std::string text : {"CREATE VIEW v AS SELECT 1 AS x;\nDROP TABLE v;",
                                 "CREATE SCHEMA s; CREATE TABLE s.t (id int);\nDROP SCHEMA s;",
                                 "CREATE TABLE t (id int PRIMARY KEY);\nDROP INDEX t_pkey;"}) {
    EXPECT_TRUE(parse_text(text).has_errors()) << text;
  }
}

// The finishing pass normalizes a short expression text once per search path: the same text
// written under another search path names other objects, and one that expands a `*` reads the
// table it names, so neither may take an earlier result.
TEST(ParserModel, TheSameExpressionTextNormalizesPerSearchPath) {
  auto result = parse_text(
      "CREATE SCHEMA a; CREATE SCHEMA b; CREATE SEQUENCE a.s; CREATE SEQUENCE b.s;\n"
      "SET search_path = a;\n"
      "CREATE TABLE a.t (id bigint DEFAULT nextval('s'));\n"
      "CREATE TABLE a.u (id bigint DEFAULT nextval('s'));\n"
      "SET search_path = b;\n"
      "CREATE TABLE b.t (id bigint DEFAULT nextval('s'));\n");
  ASSERT_FALSE(result.has_errors()) << messages(result);
  const auto default_of = [&](const std::string& schema) {
    return result.catalog.schemas.at(schema).tables.at("t").columns.at(0).default_value->canonical;
  };
  EXPECT_EQ(default_of("a"), "nextval('a.s')");
  EXPECT_EQ(result.catalog.schemas.at("a").tables.at("u").columns.at(0).default_value->canonical, "nextval('a.s')");
  EXPECT_EQ(default_of("b"), "nextval('b.s')");
}

}  // namespace
}  // namespace schemadelta::testing
