#pragma once
// What a change can do to a live database: data it destroys, locks it takes, rows that can make
// it fail. Data on changes, decided from the model, never from SQL text.
#include <string>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/change_set.h"

namespace schemadelta::compare {

// `before`/`after` index the change set's source and target. compare() stores the result on
// each change; nothing else calls it.
// `concurrent_indexes`: new indexes on existing tables are built CONCURRENTLY.
// `not_null_by_check`: SET NOT NULL follows a CHECK validated before the transaction.
Assessment assess(const Change& change, const CatalogIndex& before, const CatalogIndex& after, bool concurrent_indexes = false,
                  bool not_null_by_check = false);


// Widening conversions that keep every value (varchar(10) -> varchar(20), int -> bigint, ... -> text).
bool widens(const model::TypeRef& from, const model::TypeRef& to);

}  // namespace schemadelta::compare
