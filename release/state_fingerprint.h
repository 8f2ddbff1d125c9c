#pragma once
// The fingerprint of what a schema is, not of how it was written: the same for a hand-written
// file and for the pg_dump of a database loaded from it, as far as `check` sees no drift between
// them. It hashes the catalog as `schemadelta parse` prints it (expressions in canonical form, no
// source positions or search paths) without owners (check does not compare them), without
// unmanaged statements (never compared), and without the columns an inheritance child merged
// with a parent's (pg_dump lists them, a file need not). diff's scripts carry the SOURCE and TARGET ones in their
// header; apply compares a live database's with them.
#include <string>

#include "model/catalog.h"

namespace schemadelta::release {

// 16 hex digits (the first 64 bits of a SHA-256).
std::string state_fingerprint(const model::Catalog& catalog);

// The fingerprint of the whole catalog, all `schemadelta parse` models of it (owners, column
// order, unmanaged statements) but no file names or lines: a script's "source fingerprint" and
// "target fingerprint", and what the ids of a migration and its holdings are made from. 16 hex
// digits of a SHA-256, like the state's.
std::string catalog_fingerprint(const model::Catalog& catalog);

}  // namespace schemadelta::release
