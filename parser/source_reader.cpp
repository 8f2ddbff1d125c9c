#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "parser/parse.h"

namespace schemadelta::parser {

namespace {
namespace fs = std::filesystem;

std::string read_stream(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

SourceFile read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open file");
  return {path.string(), read_stream(in)};
}
}  // namespace

Source read_source(const std::vector<std::string>& paths) {
  Source source;
  for (const auto& path : paths) {
    if (path == "-") {
      source.files.push_back({"<stdin>", read_stream(std::cin)});
      continue;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.path().extension() != ".sql" || entry.is_directory()) continue;
        // A schema file that cannot be read is an error, never a silent gap in the snapshot.
        if (entry.is_symlink() && !fs::exists(entry.path())) {
          throw std::runtime_error(entry.path().string() + ": symbolic link to a missing file");
        }
        if (!entry.is_regular_file()) throw std::runtime_error(entry.path().string() + ": not a regular file");
        files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& file : files) source.files.push_back(read_file(file));
    } else if (fs::exists(path, error)) {
      source.files.push_back(read_file(path));
    } else {
      throw std::runtime_error(path + ": no such file or directory");
    }
  }
  return source;
}

}  // namespace schemadelta::parser
