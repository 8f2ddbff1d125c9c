#pragma once
// What a change can do to a live database: data it destroys, locks it takes, rows that can make
// it fail. Data on changes, decided from the model, never from SQL text.
#include <string>
#include <vector>

#include "compare/catalog_index.h"
#include "compare/change_set.h"
#include "compare/compare.h"

namespace schemadelta::compare {

// `before`/`after` index the change set's source and target. compare() stores the result on
// each change; nothing else calls it.
// `options` say how the script runs some changes (CONCURRENTLY, NOT VALID first, ...).
Assessment assess(const Change& change, const CatalogIndex& before, const CatalogIndex& after, const CompareOptions& options = {});

// A new CHECK or foreign key on an existing plain table (not partitioned, not a partition, not
// inheriting): with CompareOptions::validate_after_commit it is added NOT VALID and validated
// after the transaction.
bool validates_after_commit(const model::Constraint& constraint, const CatalogIndex& before, const model::ObjectId& id);


// Widening conversions that keep every value (varchar(10) -> varchar(20), int -> bigint, ... -> text).
bool widens(const model::TypeRef& from, const model::TypeRef& to);

}  // namespace schemadelta::compare
