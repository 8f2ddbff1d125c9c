#pragma once
// PostgreSQL's own parser (libpg_query) as a referee for ours: each statement of a file gets a
// verdict from both (accept / reject), and for accepted DDL the objects our builders made from
// it must be the ones PostgreSQL's parse tree names (kind, schema, name, owning relation).
// Test-only: nothing here is linked into schemadelta.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model/object_id.h"

namespace schemadelta::referee {

// What a disagreement is about, one word each (exceptions.txt names them).
//   ours-rejects     our parser reports a syntax error, PostgreSQL accepts the statement
//   ours-accepts     our grammar accepts a statement PostgreSQL rejects
//   unmanaged-accepts  we keep it as an unmanaged statement without checking it, PostgreSQL rejects it
//   builder-rejects  a builder reports an error on a statement PostgreSQL's parser accepts
//   object           an object our builders made from the statement is not one PostgreSQL's tree names
//   missing          PostgreSQL's tree creates an object our builders did not make (statement modeled)
//   file             a file-level verdict differs (e.g. a file without statements)
struct Disagreement {
  std::string file;
  int line = 0, column = 0;  // 1-based, columns in code points
  std::string kind;
  std::string detail;
};

struct Verdicts {
  std::size_t statements = 0;   // statements of the file, as PostgreSQL splits it
  std::size_t agreements = 0;   // same verdict and, for accepted DDL, same objects
  std::size_t both_reject = 0;  // of the agreements: rejected by both
  std::size_t unmanaged = 0;    // accepted by both, kept by us as unmanaged
  std::size_t unjudged = 0;     // after an error that ends our reading of the file
  std::vector<Disagreement> disagreements;
  Verdicts& operator+=(const Verdicts& other);
};

struct Options {
  // psql meta-commands (lines starting with a backslash, as in contrib's extension scripts)
  // are blanked before both parsers read the file: neither is SQL.
  bool blank_psql_commands = false;
  // Files our parser reads before the judged one, not judged themselves: the schema a migration
  // script runs on (a case's source.sql for its expected_up.sql), so its ALTERs find their tables.
  std::vector<std::pair<std::string, std::string>> context_files;  // {name, text}
};

Verdicts judge(const std::string& file_name, std::string text, const Options& options = {});

// The objects PostgreSQL's parse tree of `sql` names against those our builders `made` from it:
// each difference as {kind ("object", "missing"), detail}.
std::vector<std::pair<std::string, std::string>> compare_objects(const std::string& sql,
                                                                const std::vector<model::ObjectId>& made);

// The SQL files (*.sql, *.pgsql) of each path, folders recursively, in path order; build
// folders (holding a CMakeCache.txt), demo-output and hidden folders are left out.
std::vector<std::string> sql_files(const std::vector<std::string>& paths);

// A file's bytes; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

// "3 ours-rejects, 1 missing": disagreements counted by kind.
std::string count_by_kind(const std::vector<Disagreement>& disagreements);

}  // namespace schemadelta::referee
