#pragma once
// Columns a table has through INHERITS. A child may also declare a column it inherits; when its
// declaration is the parent's exactly, PostgreSQL's catalogs differ only in a flag (attislocal)
// that no ALTER can clear and pg_dump shows as a repeated column. Both spellings are one model,
// so a schema compares equal however its child tables were written or migrated.
#include <map>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::model {

// Parents first (recursively), as PostgreSQL orders a child's columns; a name appears once.
std::vector<Column> inherited_columns(const Catalog& catalog, const Table& table);

// The CHECKs a table has through INHERITS (not NO INHERIT ones), by name, parents first.
std::map<std::string, Constraint> inherited_checks(const Catalog& catalog, const Table& table);

// A table `before` (in `source`) becoming `after` (in `target`) with other parents: the columns it
// had only through parents and has no longer (NO INHERIT would leave them behind), and the columns
// new parents give it (INHERIT needs them in the child first).
std::vector<Column> columns_lost_with_parents(const Catalog& source, const Table& before, const Catalog& target, const Table& after);
std::vector<Column> columns_gained_with_parents(const Catalog& source, const Table& before, const Catalog& target, const Table& after);

// Drops from each INHERITS child the columns and CHECKs it declares exactly as it inherits them.
void merge_inherited_columns(Catalog& catalog);

}  // namespace schemadelta::model
