#include "verify/catalog_difference.h"

#include <sstream>
#include <vector>

#include "serialize/catalog_json.h"

namespace schemadelta::verify {

namespace {
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}
}  // namespace

model::Catalog without_owners(model::Catalog catalog) {
  catalog.owners.clear();
  catalog.unmanaged.clear();
  return catalog;
}

std::string catalog_difference(const model::Catalog& expected, const model::Catalog& actual) {
  if (expected == actual) return {};
  auto a = lines(serialize::to_json(expected).dump(1));
  auto b = lines(serialize::to_json(actual).dump(1));
  std::ostringstream out;
  size_t shown = 0;
  size_t i = 0, j = 0;
  while ((i < a.size() || j < b.size()) && shown < 40) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) { ++i; ++j; continue; }
    // Show a window of context around the first mismatch, then resynchronise naively.
    size_t from = i > 3 ? i - 3 : 0;
    for (size_t k = from; k < i; ++k) out << "  " << a[k] << "\n";
    for (size_t k = 0; k < 6 && i + k < a.size(); ++k) out << "- " << a[i + k] << "\n";
    for (size_t k = 0; k < 6 && j + k < b.size(); ++k) out << "+ " << b[j + k] << "\n";
    break;
  }
  std::string text = out.str();
  if (text.empty()) text = "catalogs differ outside their JSON rendering";
  return text;
}

}  // namespace schemadelta::verify
