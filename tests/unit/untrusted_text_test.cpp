// Text from the inputs on its way out: escaped for comments and terminals, passwords taken out
// of connection URIs by parsing them.
#include <gtest/gtest.h>

#include "generator/postgres/quoting.h"
#include "model/object_id.h"
#include "model/printable.h"
#include "snapshot/connection_string.h"

namespace schemadelta {
namespace {

TEST(Printable, EveryControlCharacterIsEscaped) {
  for (int c = 1; c < 0x20; ++c) {
    std::string text = "a" + std::string(1, static_cast<char>(c)) + "b";
    EXPECT_TRUE(model::is_printable(model::printable(text))) << c;
    EXPECT_EQ(model::printable(text).find(static_cast<char>(c)), std::string::npos) << c;
  }
  EXPECT_EQ(model::printable("x\ny"), "x\\ny");
  EXPECT_EQ(model::printable("x\x7fy"), "x\\x7Fy");
  EXPECT_EQ(model::printable("\x1b[31m"), "\\x1B[31m");
}

TEST(Printable, LineSeparatorsBidiOverridesAndC1AreEscaped) {
  EXPECT_EQ(model::printable("a\xe2\x80\xa8z"), "a\\u2028z");
  EXPECT_EQ(model::printable("a\xe2\x80\xaez"), "a\\u202Ez");
  EXPECT_EQ(model::printable("a\xc2\x9bz"), "a\\u009Bz");
}

TEST(Printable, ValidTextIsKeptAndEscapingIsIdempotent) {
  const std::string text = "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \"q\" 'x' \\ %";
  EXPECT_EQ(model::printable(text), text);
  const std::string hostile = "e\r\n\x1b\xff\xc0\xaf";
  EXPECT_EQ(model::printable(model::printable(hostile)), model::printable(hostile));
  EXPECT_EQ(model::printable("\xff"), "\\xFF");
}

TEST(Printable, DescribeShowsNamesEscaped) {
  model::ObjectId id{model::ObjectKind::Table, "public", "evil\nDROP TABLE y;--", "", ""};
  EXPECT_EQ(model::describe(id), "table public.evil\\nDROP TABLE y;--");
}

TEST(ScriptText, CommentsAndMessagesCannotBeEndedByAName) {
  using namespace generator::postgres;
  EXPECT_EQ(comment_line("drop\nDROP TABLE y;"), "-- drop\\nDROP TABLE y;");
  EXPECT_EQ(comment_line("a\rb"), "-- a\\rb");
  EXPECT_EQ(message_literal("it's\n"), "'it''s\\n'");
  EXPECT_EQ(raise_format_text("100% of %s"), "100%% of %%s");
  EXPECT_EQ(do_block("guard", "BEGIN PERFORM 1; END"), "DO $guard$ BEGIN PERFORM 1; END $guard$;");
  EXPECT_EQ(do_block("guard", "BEGIN PERFORM '$guard$'; END"), "DO $guard1$ BEGIN PERFORM '$guard$'; END $guard1$;");
}

TEST(ConnectionString, PasswordsAreTakenOutByParsing) {
  struct Example {
    std::string uri, password, without, redacted;
  };
  const std::vector<Example> examples{
      {"postgresql://ann:secret@db.example:5432/app", "secret", "postgresql://ann@db.example:5432/app",
       "postgresql://ann:***@db.example:5432/app"},
      {"postgresql://ann:p?ss@host/app", "p?ss", "postgresql://ann@host/app", "postgresql://ann:***@host/app"},
      {"postgresql://ann:p@ss@host/app", "p@ss", "postgresql://ann@host/app", "postgresql://ann:***@host/app"},
      {"postgresql://ann:p/ss@host/app", "p/ss", "postgresql://ann@host/app", "postgresql://ann:***@host/app"},
      {"postgresql://ann:p%40s%2Fs@host/app?sslmode=disable", "p@s/s", "postgresql://ann@host/app?sslmode=disable",
       "postgresql://ann:***@host/app?sslmode=disable"},
      {"postgres://host/app?user=ann&password=x%26y&connect_timeout=3", "x&y", "postgres://host/app?user=ann&connect_timeout=3",
       "postgres://host/app?user=ann&password=***&connect_timeout=3"},
  };
  for (const auto& e : examples) {
    auto parts = snapshot::split_connection(e.uri);
    ASSERT_TRUE(parts.password) << e.uri;
    EXPECT_EQ(*parts.password, e.password) << e.uri;
    EXPECT_EQ(parts.without_password, e.without) << e.uri;
    EXPECT_EQ(snapshot::redact_connection(e.uri), e.redacted) << e.uri;
    EXPECT_EQ(snapshot::redact_connection(e.uri).find(e.password), std::string::npos) << e.uri;
  }
  EXPECT_FALSE(snapshot::split_connection("postgresql://ann@host/app").password);
  EXPECT_EQ(snapshot::redact_connection("postgresql://ann@host/app"), "postgresql://ann@host/app");
}

TEST(ConnectionString, TheChildGetsThePasswordAndATimeoutThroughItsEnvironment) {
  auto has = [](const std::vector<std::string>& environment, const std::string& entry) {
    return std::find(environment.begin(), environment.end(), entry) != environment.end();
  };
  auto environment = snapshot::client_environment(snapshot::split_connection("postgresql://ann:p@ss@host/app"), 10);
  EXPECT_TRUE(has(environment, "PGPASSWORD=p@ss"));
  EXPECT_TRUE(has(environment, "PGCONNECT_TIMEOUT=10"));
  auto own_timeout = snapshot::client_environment(snapshot::split_connection("postgresql://host/app?connect_timeout=3"), 10);
  EXPECT_FALSE(has(own_timeout, "PGCONNECT_TIMEOUT=10")) << "the URI's own connect_timeout wins";
}

}  // namespace
}  // namespace schemadelta
