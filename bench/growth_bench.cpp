// How time and memory grow with the input, on the shapes that once grew faster than it: a wide
// table, a long expression, a long IN list, a dump of many tables, a table of many partitions. Each shape is parsed at N and 8N, each parse in a
// child process of its own so its peak memory is its own. Linear growth shows as a time ratio
// near 8 and memory a small multiple of the input; a quadratic step as a ratio near 64.
//   growth_bench [N]   (N: columns; the expressions have 10 N terms and values, the dump and the
//                       partitioned table N / 4 tables; default 12500)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>

#include <fmt/format.h>

#include "parser/parse.h"

namespace {

std::string wide_table(int columns) {
  std::string sql = "CREATE TABLE wide (\n";
  for (int i = 0; i < columns; ++i) sql += fmt::format("{}  c{} integer", i ? ",\n" : "", i);
  return sql + "\n);\n";
}

std::string long_expression(int terms) {
  std::string sum;
  for (int i = 0; i < terms; ++i) sum += i ? " + a" : "a";
  return "CREATE TABLE t (a integer, b integer DEFAULT " + sum + ", CHECK (" + sum + " > 0));\n" +
         "CREATE VIEW v AS SELECT " + sum + " AS total FROM t;\n";
}

std::string in_list(int values) {
  std::string list;
  for (int i = 0; i < values; ++i) list += fmt::format("{}{}", i ? ", " : "", i);
  return "CREATE TABLE t (a integer CHECK (a IN (" + list + ")));\n";
}

// As pg_dump writes it: tables, then their keys, indexes and foreign keys.
std::string dump(int tables) {
  std::string sql;
  for (int i = 0; i < tables; ++i) sql += fmt::format("CREATE TABLE public.t{} (id integer NOT NULL, v text, r integer);\n", i);
  for (int i = 0; i < tables; ++i) sql += fmt::format("ALTER TABLE ONLY public.t{0} ADD CONSTRAINT t{0}_pkey PRIMARY KEY (id);\n", i);
  for (int i = 0; i < tables; ++i) sql += fmt::format("CREATE INDEX t{0}_v_idx ON public.t{0} USING btree (v);\n", i);
  for (int i = 1; i < tables; ++i) {
    sql += fmt::format("ALTER TABLE ONLY public.t{0} ADD CONSTRAINT t{0}_r_fkey FOREIGN KEY (r) REFERENCES public.t{1}(id);\n", i, i - 1);
  }
  return sql;
}

std::string partitions(int count) {
  std::string sql = "CREATE TABLE m (id integer NOT NULL, k integer NOT NULL, v text, PRIMARY KEY (id, k)) PARTITION BY LIST (k);\n"
                    "CREATE INDEX m_v_idx ON m (v);\n";
  for (int i = 0; i < count; ++i) sql += fmt::format("CREATE TABLE m{0} PARTITION OF m FOR VALUES IN ({0});\n", i);
  return sql;
}

struct Run {
  double seconds = 0;
  long peak_kb = 0;
};

// Parses `sql` in a child process: wall time and the child's peak resident memory.
Run measure(const std::string& sql) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    schemadelta::parser::Source source;
    source.files.push_back({"growth.sql", sql});
    auto result = schemadelta::parser::parse(source);
    _exit(result.has_errors() ? 1 : 0);
  }
  int status = 0;
  struct rusage usage {};
  if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fmt::print(stderr, "the parse failed\n");
    std::exit(1);
  }
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), usage.ru_maxrss};
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 12500;
  struct Shape {
    const char* name;
    std::function<std::string(int)> make;
    int size;
  };
  const Shape shapes[] = {{"wide table (columns)", wide_table, n},
                          {"long expression (terms)", long_expression, 10 * n},
                          {"IN list (values)", in_list, 10 * n},
                          {"dump (tables)", dump, n / 4},
                          {"partitions", partitions, n / 4}};
  fmt::print("{:<24} {:>9} {:>9} {:>9} {:>10} {:>8} | {:>9} {:>9} {:>10} {:>8} | {:>10}\n", "shape", "N", "MB", "s", "peak MB",
             "x input", "8N MB", "s", "peak MB", "x input", "time ratio");
  for (const auto& shape : shapes) {
    const std::string small = shape.make(shape.size), large = shape.make(8 * shape.size);
    const Run a = measure(small), b = measure(large);
    auto mb = [](double bytes) { return bytes / 1e6; };
    fmt::print("{:<24} {:>9} {:>9.2f} {:>9.2f} {:>10.1f} {:>8.0f} | {:>9.2f} {:>9.2f} {:>10.1f} {:>8.0f} | {:>10.1f}\n", shape.name,
               shape.size, mb(small.size()), a.seconds, a.peak_kb / 1024.0, a.peak_kb * 1024.0 / small.size(), mb(large.size()),
               b.seconds, b.peak_kb / 1024.0, b.peak_kb * 1024.0 / large.size(), b.seconds / a.seconds);
  }
  return 0;
}
