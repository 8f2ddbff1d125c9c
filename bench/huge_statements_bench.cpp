// Huge single statements (issue 11, point 13): a CREATE TABLE of N columns, `a + a + ...` of N
// terms in a column DEFAULT, a CHECK and a view, and a CHECK with an `IN (...)` list of N
// literals, each at two sizes 10x apart. For each, `schemadelta parse` of the source and
// `schemadelta diff` of the source against a slightly changed target (one more column, term or
// value), run as child processes of the binary under test: wall time and peak resident memory,
// the growth per 10x (limits: time x12, memory x11) and peak memory against the input (limit:
// 20x the bytes read, above what the binary holds with no input).
//   huge_statements_bench [--schemadelta BIN] [--work DIR] [--shapes columns,terms,in-list] [--scale F]
// --scale multiplies every size (0.1 for a quick look).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bench/child_process.h"
#include "parser/parse.h"
#include "serialize/catalog_json.h"

namespace fs = std::filesystem;

namespace {

constexpr double kTimeLimitPer10x = 12;
constexpr double kMemoryLimitPer10x = 11;
constexpr double kMemoryLimitOfInput = 20;

std::string wide_table(std::size_t columns, bool changed) {
  std::string sql = "CREATE TABLE wide (\n";
  for (std::size_t i = 0; i < columns; ++i) sql += fmt::format("{}  c{} integer", i ? ",\n" : "", i);
  if (changed) sql += ",\n  added text";
  return sql + "\n);\n";
}

std::string sum_of(std::size_t terms, bool changed) {
  std::string sum;
  sum.reserve(terms * 4 + 8);
  for (std::size_t i = 0; i < terms; ++i) sum += i ? " + a" : "a";
  if (changed) sum += " + 1";
  return sum;
}

// N terms each in a column DEFAULT, a CHECK and a view.
std::string long_sums(std::size_t terms, bool changed) {
  const std::string sum = sum_of(terms, changed);
  return "CREATE TABLE t (a integer, b integer DEFAULT " + sum + ", CONSTRAINT big CHECK (" + sum + " > 0));\n" +
         "CREATE VIEW v AS SELECT " + sum + " AS total FROM t;\n";
}

std::string in_list(std::size_t values, bool changed) {
  std::string list;
  list.reserve(values * 9);
  for (std::size_t i = 0; i < values; ++i) list += fmt::format("{}{}", i ? ", " : "", i);
  if (changed) list += ", -1";
  return "CREATE TABLE t (a integer, CONSTRAINT listed CHECK (a IN (" + list + ")));\n" +
         "CREATE VIEW v AS SELECT a FROM t WHERE a IN (" + list + ");\n";
}

struct Shape {
  std::string name, label;
  std::function<std::string(std::size_t, bool)> make;
  std::size_t small = 0;  // the large size is 10x
};

using Run = schemadelta::bench::CommandRun;
using schemadelta::bench::run_command;
using schemadelta::bench::status_kb;
using Clock = std::chrono::steady_clock;

struct Row {
  std::string shape;
  std::size_t n = 0;
  double parse_mb = 0, diff_mb = 0;  // bytes read by each command
  Run parse, diff;
};

double mib(long kb) { return static_cast<double>(kb) / 1024; }

// `--stages FILE`: what `parse` does, in this process (glibc's malloc, so heaptrack sees it), with
// the peak memory after each stage.
int measure_stages(const std::string& path) {
  using namespace schemadelta;
  const auto start = Clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  const auto source = parser::read_source({path});
  fmt::print("read {:.2f} s, peak {:.0f} MiB\n", seconds(), mib(status_kb("VmHWM")));
  auto result = parser::parse(source);
  if (result.has_errors()) return 1;
  fmt::print("parsed {:.2f} s, peak {:.0f} MiB, now {:.0f} MiB\n", seconds(), mib(status_kb("VmHWM")), mib(status_kb("VmRSS")));
  const auto json = serialize::to_json(result.catalog);
  fmt::print("json model {:.2f} s, peak {:.0f} MiB\n", seconds(), mib(status_kb("VmHWM")));
  const auto text = json.dump(2);
  fmt::print("json text ({:.1f} MB) {:.2f} s, peak {:.0f} MiB\n", static_cast<double>(text.size()) / 1e6, seconds(), mib(status_kb("VmHWM")));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"schemadelta on huge single statements: time and peak memory of parse and diff at two sizes 10x apart"};
  std::string cli = SCHEMADELTA_CLI;
  std::string work = (fs::temp_directory_path() / "schemadelta-huge-bench").string();
  std::vector<std::string> only;
  double scale = 1;
  app.add_option("--schemadelta", cli, "The binary to measure (default: the one built beside this benchmark)");
  app.add_option("--work", work, "Where the generated inputs and outputs go");
  app.add_option("--shapes", only, "Shapes to measure: columns, terms, in-list (default: all)")->delimiter(',');
  app.add_option("--scale", scale, "Multiplies every size (default 1)")->check(CLI::PositiveNumber);
  std::string stages_of;
  app.add_option("--stages", stages_of, "Time and peak memory of each stage of parsing FILE in this process");
  CLI11_PARSE(app, argc, argv);
  if (!stages_of.empty()) return measure_stages(stages_of);

  const std::vector<Shape> shapes = {
      {"columns", "CREATE TABLE of N columns", wide_table, 12500},
      {"terms", "`a + a + ...` of N terms in a DEFAULT, a CHECK and a view", long_sums, 100000},
      {"in-list", "`IN (...)` of N values in a CHECK and a view", in_list, 120000},
  };
  // What the binary holds with no input at all: "x input" counts the memory above it.
  const fs::path empty = fs::path(work) / "empty.sql";
  fs::create_directories(work);
  std::ofstream(empty) << "CREATE TABLE e (a integer);\n";
  const Run idle_parse = run_command({cli, "parse", empty.string(), "-o", (fs::path(work) / "empty.json").string()}, fs::path(work) / "empty.out");
  const Run idle_diff = run_command({cli, "diff", empty.string(), empty.string(), "-o", (fs::path(work) / "empty-diff.sql").string()},
                                    fs::path(work) / "empty-diff.out");
  std::vector<Row> rows;
  for (const auto& shape : shapes) {
    if (!only.empty() && std::find(only.begin(), only.end(), shape.name) == only.end()) continue;
    for (std::size_t n : {shape.small, 10 * shape.small}) {
      n = static_cast<std::size_t>(static_cast<double>(n) * scale);
      const fs::path dir = fs::path(work) / shape.name / std::to_string(n);
      fs::create_directories(dir);
      const fs::path source = dir / "source.sql", target = dir / "target.sql";
      std::ofstream(source, std::ios::binary) << shape.make(n, false);
      std::ofstream(target, std::ios::binary) << shape.make(n, true);
      Row row;
      row.shape = shape.name;
      row.n = n;
      row.parse_mb = static_cast<double>(fs::file_size(source)) / 1e6;
      row.diff_mb = row.parse_mb + static_cast<double>(fs::file_size(target)) / 1e6;
      fmt::print(stderr, "{} {} ({:.1f} MB): parse...", shape.name, n, row.parse_mb);
      row.parse = run_command({cli, "parse", source.string(), "-o", (dir / "model.json").string()}, dir / "parse.out");
      fmt::print(stderr, " {:.2f} s; diff...", row.parse.seconds);
      row.diff = run_command({cli, "diff", source.string(), target.string(), "--allow-data-loss", "-o", (dir / "migration.sql").string(),
                              "--rollback", (dir / "rollback.sql").string()},
                             dir / "diff.out");
      fmt::print(stderr, " {:.2f} s\n", row.diff.seconds);
      if (!row.parse.ok || !row.diff.ok) {
        std::cerr << "huge_statements_bench: schemadelta failed on " << dir << " (see *.out.stderr)\n";
        return 1;
      }
      rows.push_back(row);
    }
  }
  bool within = true;
  fmt::print("\nPeak memory with no input: `parse` {:.0f} MiB, `diff` {:.0f} MiB; \"x input\" is the peak above it over the bytes read.\n",
             mib(idle_parse.peak_kb), mib(idle_diff.peak_kb));
  fmt::print("\n| shape | N | input | `parse` | peak | x input | `diff` (2 files) | peak | x input |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& r : rows) {
    const double parse_x = mib(r.parse.peak_kb - idle_parse.peak_kb) * 1.048576 / r.parse_mb;
    const double diff_x = mib(r.diff.peak_kb - idle_diff.peak_kb) * 1.048576 / r.diff_mb;
    within = within && parse_x <= kMemoryLimitOfInput && diff_x <= kMemoryLimitOfInput;
    fmt::print("| {} | {} | {:.2f} MB | {:.2f} s | {:.0f} MiB | {:.0f}x | {:.2f} s | {:.0f} MiB | {:.0f}x |\n", r.shape, r.n, r.parse_mb,
               r.parse.seconds, mib(r.parse.peak_kb), parse_x, r.diff.seconds, mib(r.diff.peak_kb), diff_x);
  }
  fmt::print("\n| shape | N | `parse` time | memory | `diff` time | memory | within x{:.0f} time, x{:.0f} memory |\n|---|---|---:|---:|---:|---:|---|\n",
             kTimeLimitPer10x, kMemoryLimitPer10x);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const Row &a = rows[i - 1], &b = rows[i];
    if (a.shape != b.shape) continue;
    const double pt = b.parse.seconds / a.parse.seconds, pm = static_cast<double>(b.parse.peak_kb) / a.parse.peak_kb;
    const double dt = b.diff.seconds / a.diff.seconds, dm = static_cast<double>(b.diff.peak_kb) / a.diff.peak_kb;
    const bool ok = pt <= kTimeLimitPer10x && dt <= kTimeLimitPer10x && pm <= kMemoryLimitPer10x && dm <= kMemoryLimitPer10x;
    within = within && ok;
    fmt::print("| {} | {} -> {} | x{:.1f} | x{:.1f} | x{:.1f} | x{:.1f} | {} |\n", a.shape, a.n, b.n, pt, pm, dt, dm, ok ? "yes" : "NO");
  }
  fmt::print("\n{}\n", within ? "huge statements: every shape within the limits"
                              : "huge statements: some shape exceeds a limit (growth per 10x, or peak memory over 20x the input)");
  return 0;  // a measurement, as scale_bench: the verdict above is for the reader
}
