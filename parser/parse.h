#pragma once
// The parser stage's public seam: SQL text in, a Catalog and diagnostics out. ANTLR types never
// leave this folder.
#include <memory>
#include <string>
#include <vector>

#include "model/catalog.h"

namespace schemadelta::parser {

struct SourceFile {
  std::string name;  // shown in diagnostics
  std::string text;
};

// One snapshot: the files of a folder, a dump, or stdin, read in order as one script.
struct Source {
  std::vector<SourceFile> files;
};

// Reads files, folders (their *.sql files, recursively, in path order) and "-" (stdin).
// Throws std::runtime_error when a path cannot be read.
Source read_source(const std::vector<std::string>& paths);

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  model::SourceLocation location;
  std::string message;
  std::string context;  // the source line, shown under the message with a caret
};

// "file:line:col: error: message" plus the context line and a caret under the column.
std::string format(const Diagnostic& diagnostic);

class ParsePool;

struct ParseOptions {
  bool strict = false;  // unmanaged statements are errors
  // Threads parsing statements beside the one building them: 0, one per core; 1, none (the
  // statements are parsed where they are built). The model is the same either way.
  unsigned jobs = 0;
  // Threads to share with other parses running at the same time; when empty, `jobs` are made.
  std::shared_ptr<ParsePool> pool;
  // Where each object was defined (Catalog::locations), for the reports that point at a line
  // (check's drift report). Off, the catalog is the same without them, and smaller.
  bool locations = true;
  // A CREATE TABLE of more elements (columns, constraints, LIKEs) than this is parsed and built
  // in pieces of this many, each piece's parse tree freed before the next: the tree of the
  // whole would cost about a kilobyte per column. The model and diagnostics are the same; 0
  // never splits. (PostgreSQL allows 1600 columns: real tables stay whole.)
  std::size_t table_piece_elements = 2000;
};

struct ParseStats {
  std::size_t bytes = 0;
  std::size_t statements = 0;
  std::size_t ll_fallbacks = 0;  // statements SLL could not parse alone (each hints at an ambiguity)
  // The most tokens the parser was given for one statement: long runs of constants and of
  // operators are folded into one token (its parse tree keeps a node per token).
  std::size_t largest_statement_tokens = 0;
  std::size_t tables_in_pieces = 0;  // CREATE TABLEs read in pieces (ParseOptions::table_piece_elements)
  double lex_parse_seconds = 0;  // wall time reading text into parse trees
  double build_seconds = 0;      // wall time building and finishing the model from them
};

struct ParseResult {
  model::Catalog catalog;
  std::vector<Diagnostic> diagnostics;
  ParseStats stats;
  bool has_errors() const;
};

ParseResult parse(const Source& source, const ParseOptions& options = {});

}  // namespace schemadelta::parser
