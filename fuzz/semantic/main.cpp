// fuzz_semantic: random schema pairs (A, B = A + k mutations) through `diff` and verify's proof.
//
//   fuzz_semantic --seed S --pairs N [--save-failures DIR] [--exclude-file known_defects.txt]
//                 [--exclude m1,m2] [--only m1,m2] [--no-minimize] [--show-sql]
//
// Every pair is deterministic in (seed, pair number, excluded mutations): rerun one with
// --seed S --first I --pairs 1 and the same exclusions (saved cases name the exact command).
// A failing pair is minimized (mutations, then objects of A, dropped while the same proof step
// fails the same way) once per failure class and written under DIR/<class>/ as a tests/cases
// folder. Exit 0 when every pair passed, 1 otherwise, 2 on bad usage.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "fuzz/semantic/pair.h"
#include "tests/support/test_server.h"
#include "verify/cleanup_on_signal.h"

namespace fs = std::filesystem;
using namespace schemadelta::fuzz;

namespace {

struct Options {
  std::uint64_t seed = 1;
  int pairs = 100, first = 0;
  std::string save_dir, exclude_file;
  bool minimize = true, show_sql = false;
  std::set<std::string> excluded, only;
};

int usage(const std::string& message) {
  std::cerr << "fuzz_semantic: " << message
            << "\nusage: fuzz_semantic --seed S --pairs N [--first I] [--save-failures DIR] [--exclude-file FILE] [--exclude m1,m2] [--only m1,m2] [--no-minimize] [--show-sql]\n";
  return 2;
}

// known_defects.txt: "mutation | reason | minimal case" per line, '#' comments.
std::set<std::string> read_exclusions(const std::string& path) {
  std::set<std::string> names;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string name;
    if (!(words >> name) || name[0] == '#') continue;
    if (!find_mutation(name)) throw std::runtime_error(path + ": no mutation named " + name);
    names.insert(name);
  }
  return names;
}

// The case's one-line comment: what it exercises and the command that replays its pair.
std::string header(const Options& o, int index, const Rendered& r) {
  std::string text = std::string("-- semantic fuzzer, ") + (o.minimize ? "minimized" : "as generated") + ":";
  for (const auto& m : r.applied) text += " " + m;
  text += " (fuzz_semantic --seed " + std::to_string(o.seed) + " --first " + std::to_string(index) + " --pairs 1";
  std::string excluded;
  for (const auto& name : o.excluded) excluded += (excluded.empty() ? "" : ",") + name;
  if (!excluded.empty()) text += " --exclude " + excluded;
  return text + ")\n";
}

void save(const Options& o, int index, const Rendered& r, const Outcome& outcome, const std::string& folder_name) {
  fs::path folder = fs::path(o.save_dir) / folder_name;
  for (int n = 2; fs::exists(folder); ++n) folder = fs::path(o.save_dir) / (folder_name + "_" + std::to_string(n));
  fs::create_directories(folder);
  std::ofstream(folder / "source.sql") << header(o, index, r) << r.source;
  std::ofstream(folder / "target.sql") << header(o, index, r) << r.target;
  if (!r.renames.empty()) {
    std::ofstream renames(folder / "renames.txt");
    for (const auto& line : r.renames) renames << line << "\n";
  }
  std::ofstream(folder / "failure.txt") << "FAILED: " << outcome.step << "\n" << outcome.detail << "\n";
  std::cout << "  saved " << folder.string() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
      return argv[++i];
    };
    try {
      if (arg == "--seed") o.seed = std::stoull(value());
      else if (arg == "--pairs") o.pairs = std::stoi(value());
      else if (arg == "--first") o.first = std::stoi(value());
      else if (arg == "--save-failures") o.save_dir = value();
      else if (arg == "--exclude-file") o.exclude_file = value();
      else if (arg == "--exclude") {
        std::istringstream names(value());
        for (std::string name; std::getline(names, name, ',');) {
          if (!name.empty()) o.excluded.insert(name);
        }
      } else if (arg == "--only") {  // mutate with these alone (A is still built from every builder)
        std::istringstream names(value());
        for (std::string name; std::getline(names, name, ',');) {
          if (!name.empty()) o.only.insert(name);
        }
      } else if (arg == "--no-minimize") o.minimize = false;
      else if (arg == "--show-sql") o.show_sql = true;
      else return usage("unknown option " + arg);
    } catch (const std::exception& e) {
      return usage(e.what());
    }
  }
  try {
    if (!o.exclude_file.empty()) o.excluded.merge(read_exclusions(o.exclude_file));
    for (const auto& m : catalogue()) {
      if (!o.only.empty() && !o.only.count(m.name) && !m.builds) o.excluded.insert(m.name);
    }
    for (const auto& name : o.only) {
      if (!find_mutation(name)) throw std::runtime_error("no mutation named " + name);
    }
    for (const auto& name : o.excluded) {
      if (!find_mutation(name)) throw std::runtime_error("no mutation named " + name);
    }
  } catch (const std::exception& e) {
    return usage(e.what());
  }

  std::cout << "fuzz_semantic --seed " << o.seed << " --first " << o.first << " --pairs " << o.pairs << " (" << catalogue().size()
            << " mutations, " << o.excluded.size() << " excluded)" << std::endl;
  // Ctrl-C or a timeout stops the server with the process.
  schemadelta::verify::stop_on_signal(nullptr);
  schemadelta::verify::stop_on_signal(&schemadelta::testing::test_server());
  std::map<std::string, int> classes;  // class -> pairs
  int failed = 0, refused = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int index = o.first; index < o.first + o.pairs; ++index) {
    const auto pair_start = std::chrono::steady_clock::now();
    const Pair pair = make_pair(o.seed, index, o.excluded);
    const Rendered rendered = render_pair(pair);
    const std::string name = "fz" + std::to_string(index);
    Outcome outcome = run_pair(rendered, name);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - pair_start).count();
    std::cout << "pair " << index << " [";
    for (size_t i = 0; i < rendered.applied.size(); ++i) std::cout << (i ? " " : "") << rendered.applied[i];
    std::cout << "] " << (outcome.passed ? (outcome.refused_rows ? "ok (rows refused)" : "ok") : "FAILED") << " " << seconds << "s"
              << std::endl;
    refused += outcome.refused_rows;
    if (outcome.passed) continue;
    ++failed;
    const std::string cls = (outcome.generator_fault ? "generator_" : "") + class_name(outcome);
    std::cout << "  " << outcome.signature << "\n";
    if (o.show_sql) std::cout << "--- source\n" << rendered.source << "--- target\n" << rendered.target << outcome.detail << "\n";
    if (classes[cls]++ > 0) continue;  // minimized once per class
    if (o.save_dir.empty()) continue;
    if (o.minimize) {
      const Pair small = minimize(pair, outcome.signature, name);
      const Rendered small_rendered = render_pair(small);
      const Outcome small_outcome = run_pair(small_rendered, name);
      save(o, index, small_rendered, small_outcome.passed ? outcome : small_outcome, cls);
    } else {
      save(o, index, rendered, outcome, cls);
    }
  }
  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "\n" << o.pairs << " pairs in " << total << " s (" << total / std::max(o.pairs, 1) << " s a pair): " << o.pairs - failed
            << " passed (" << refused << " with the rows refused as expected), " << failed << " failed\n";
  for (const auto& [cls, count] : classes) std::cout << "  " << count << " x " << cls << "\n";
  return failed ? 1 : 0;
}
