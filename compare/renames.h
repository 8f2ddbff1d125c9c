#pragma once
// Renames the user declares (`--rename table:public.users=accounts`): applied to the source
// catalog before matching, so a renamed object is kept (and its data) instead of being dropped
// and created under its new name.
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::compare {

struct Rename {
  model::ObjectKind kind = model::ObjectKind::Table;
  std::string schema;
  std::string table;     // columns and constraints: their table (the new name, if it is renamed too)
  std::string old_name;
  std::string new_name;
};

// "KIND:[schema.]old=new"; for columns and constraints "KIND:[schema.]table.old=new".
// nullopt (and `error` set) when the text cannot be read.
std::optional<Rename> parse_rename(const std::string& text, std::string& error);

// The renames that undo `renames` (for a rollback: target names back to source names).
std::vector<Rename> reversed(const std::vector<Rename>& renames);

// The source catalog with the renames applied; `missing` lists renames whose old object the
// catalog does not have.
model::Catalog apply_renames(model::Catalog catalog, const std::vector<Rename>& renames, std::vector<std::string>& missing);

}  // namespace schemadelta::compare
