#pragma once
// Collations and text search objects: named language rules that columns, domains, indexes and
// expressions use by name, so they are created before and dropped after their users.
#include <map>
#include <string>
#include <vector>

#include "model/names.h"

namespace schemadelta::model {

// CREATE COLLATION, as pg_dump writes it: FROM an existing collation is resolved to its values.
struct Collation {
  std::string name;
  std::string provider = "libc";  // libc, icu, builtin (PG 17)
  std::string lc_collate, lc_ctype;  // LOCALE sets both (the only one ICU and builtin have)
  std::string rules;                 // ICU tailoring rules (PG 16)
  bool deterministic = true;
  bool operator==(const Collation&) const = default;
};

// CREATE TEXT SEARCH DICTIONARY: a template and its options (name -> value as the server keeps
// them: strings quoted, numbers bare; names folded).
struct TextSearchDictionary {
  std::string name;
  QualifiedName template_name;
  std::map<std::string, std::string> options;
  bool operator==(const TextSearchDictionary&) const = default;
};

// CREATE TEXT SEARCH CONFIGURATION: a parser and, per token type, the dictionaries consulted in
// order (ALTER ... ADD MAPPING FOR token WITH d1, d2).
struct TextSearchConfiguration {
  std::string name;
  QualifiedName parser;
  std::map<std::string, std::vector<QualifiedName>> mappings;
  bool operator==(const TextSearchConfiguration&) const = default;
};

}  // namespace schemadelta::model
