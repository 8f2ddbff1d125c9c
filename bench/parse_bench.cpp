// Parse throughput on the largest real schema (or the files given): the first (cold) parse and
// the mean of the warm ones, in MB/s, plus peak memory. Run with `make bench`.
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "parser/parse.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) inputs.push_back(argv[i]);
  if (inputs.empty()) {
    fs::path largest;
    std::uintmax_t size = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(SCHEMADELTA_SOURCE_DIR) / "tests/real_schemas")) {
      if (entry.path().extension() == ".sql" && entry.file_size() > size) {
        size = entry.file_size();
        largest = entry.path();
      }
    }
    inputs.push_back(largest.string());
  }
  auto source = schemadelta::parser::read_source(inputs);
  std::size_t bytes = 0;
  for (const auto& file : source.files) bytes += file.text.size();

  constexpr int kRuns = 10;
  std::vector<double> seconds;
  std::size_t ll_fallbacks = 0, statements = 0;
  for (int run = 0; run < kRuns; ++run) {
    auto start = std::chrono::steady_clock::now();
    auto result = schemadelta::parser::parse(source);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (result.has_errors()) {
      std::cerr << "parse errors in the benchmark input\n";
      return 1;
    }
    ll_fallbacks = result.stats.ll_fallbacks;
    statements = result.stats.statements;
  }
  double warm = 0;
  for (int run = 1; run < kRuns; ++run) warm += seconds[run];
  warm /= kRuns - 1;
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const double megabytes = static_cast<double>(bytes) / 1e6;
  fmt::print("input: {} ({:.0f} KB, {} statements, {} LL fallbacks)\n", inputs.front(), bytes / 1e3, statements, ll_fallbacks);
  fmt::print("cold parse: {:.3f} s = {:.2f} MB/s\n", seconds[0], megabytes / seconds[0]);
  fmt::print("warm parse: {:.3f} s = {:.2f} MB/s (mean of {})\n", warm, megabytes / warm, kRuns - 1);
  fmt::print("peak memory: {} MB\n", usage.ru_maxrss / 1024);
  return 0;
}
