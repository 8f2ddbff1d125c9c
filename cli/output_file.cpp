#include "cli/output_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace schemadelta::cli {

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  const std::string temporary = path + ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::cerr << "schemadelta: error: cannot write " << path << "\n";
      std::remove(temporary.c_str());
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::cerr << "schemadelta: error: cannot write " << path << ": " << error.message() << "\n";
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace schemadelta::cli
