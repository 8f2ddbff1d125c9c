#include "verify/data_snapshot.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <sstream>
#include <vector>

namespace schemadelta::verify {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size()) {
    parts.push_back(text.substr(start, at - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

struct CopyBlock {
  std::vector<std::string> columns;  // as pg_dump listed them
  std::vector<std::string> rows;
};

// "COPY public.t (id, name) FROM stdin;" -> table "public.t", columns {"id", "name"}.
bool read_copy_header(const std::string& line, std::string& table, std::vector<std::string>& columns) {
  if (!line.starts_with("COPY ")) return false;
  auto open = line.find(" (");
  auto close = line.rfind(") FROM stdin;");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    table = line.substr(5, line.find(' ', 5) - 5);
    columns.clear();
    return true;
  }
  table = line.substr(5, open - 5);
  columns = split(line.substr(open + 2, close - open - 2), ", ");
  return true;
}

}  // namespace

std::string normalized_data(const std::string& pg_dump_data) {
  std::map<std::string, CopyBlock> tables;
  std::vector<std::string> sequences;
  std::istringstream in(pg_dump_data);
  for (std::string line; std::getline(in, line);) {
    std::string table;
    std::vector<std::string> columns;
    if (read_copy_header(line, table, columns)) {
      auto& block = tables[table];
      block.columns = columns;
      while (std::getline(in, line) && line != "\\.") block.rows.push_back(line);
    } else if (line.starts_with("SELECT pg_catalog.setval(")) {
      sequences.push_back(line);
    }
  }
  std::string out;
  for (auto& [table, block] : tables) {
    std::vector<std::size_t> order(block.columns.size());
    std::iota(order.begin(), order.end(), 0);
    const auto& columns = block.columns;
    std::sort(order.begin(), order.end(), [&columns](std::size_t a, std::size_t b) { return columns[a] < columns[b]; });
    std::vector<std::string> rows;
    for (const auto& row : block.rows) {
      auto fields = split(row, "\t");
      std::string reordered;
      for (std::size_t i = 0; i < order.size(); ++i) {
        reordered += (i ? "\t" : "") + (order[i] < fields.size() ? fields[order[i]] : std::string("<missing>"));
      }
      rows.push_back(reordered);
    }
    std::sort(rows.begin(), rows.end());
    std::string header;
    for (auto i : order) header += (header.empty() ? "" : ", ") + block.columns[i];
    out += "COPY " + table + " (" + header + ")\n";
    for (const auto& row : rows) out += row + "\n";
    out += "\\.\n";
  }
  std::sort(sequences.begin(), sequences.end());
  for (const auto& sequence : sequences) out += sequence + "\n";
  return out;
}

}  // namespace schemadelta::verify
