// generate_schema N DIR [--shape NAME]: writes DIR/source.sql (a realistic database of N tables, as pg_dump
// prints it) and DIR/target.sql (the same with about 10% of its objects changed).
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bench/schema_generator.h"

int main(int argc, char** argv) {
  CLI::App app{"Writes a realistic schema of N tables and an evolved version of it"};
  std::size_t tables = 1000;
  std::string directory;
  double share = 0.1;
  std::uint64_t seed = 1;
  std::string shape_name = "tenants";
  app.add_option("tables", tables, "How many tables")->required()->check(CLI::Range(1, 10'000'000));
  app.add_option("directory", directory, "Where source.sql and target.sql are written")->required();
  app.add_option("--share", share, "Share of objects the evolved version changes (default 0.1)")->check(CLI::Range(0.0, 1.0));
  app.add_option("--seed", seed, "Random seed (default 1)");
  app.add_option("--shape", shape_name,
                 "tenants, schemas-of-2500, one-schema, schema-per-table, wide-tables, partitions, functions or view-chains (default tenants)");
  CLI11_PARSE(app, argc, argv);

  using namespace schemadelta::bench;
  Shape shape;
  try {
    shape = shape_named(shape_name);
  } catch (const std::invalid_argument& e) {
    std::cerr << "generate_schema: " << e.what() << "\n";
    return 2;
  }
  const auto source = generate_database(tables, seed, shape);
  Evolution evolution;
  const auto target = evolve(source, share, seed + 1, evolution);
  std::filesystem::create_directories(directory);
  for (const auto& [name, database] : {std::pair{"source.sql", &source}, std::pair{"target.sql", &target}}) {
    std::ofstream out(std::filesystem::path(directory) / name, std::ios::binary);
    out << render_dump(*database);
    if (!out) {
      std::cerr << "generate_schema: cannot write " << directory << "/" << name << "\n";
      return 1;
    }
  }
  fmt::print("{} tables -> {}: {} tables added, {} dropped, {} altered, {} views and {} functions changed, {} enums extended\n",
             tables, directory, evolution.tables_added, evolution.tables_dropped, evolution.tables_altered, evolution.views_changed,
             evolution.functions_changed, evolution.enums_extended);
  return 0;
}
