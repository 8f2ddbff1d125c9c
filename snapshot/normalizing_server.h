#pragma once
// --normalize-with-server: one throwaway PostgreSQL per command (started on first use, stopped
// and removed at exit or on Ctrl-C), into which a snapshot is loaded and dumped back.
#include <string>

#include "model/catalog.h"
#include "parser/parse.h"

namespace schemadelta::snapshot {

// The snapshot as PostgreSQL stores it: `pg_dump --schema-only` of a fresh database the source
// was loaded into (roles it names are created first). Throws std::runtime_error with the
// server's message when the source does not load.
std::string normalize_through_server(const parser::Source& source, const model::Catalog& catalog);

}  // namespace schemadelta::snapshot
