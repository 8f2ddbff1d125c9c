#pragma once
// CREATE TABLE, built from one parse tree or from several: the parse session reads a statement
// whose element list is huge as pieces, each the same head and tail around a run of its
// elements, each parsed and built alone and its tree freed before the next (a tree of a hundred
// thousand columns is about a kilobyte per column). begin() reads the head of the first piece,
// add() the elements of each, finish() the tail of the last: the model, diagnostics and
// locations are those of the whole statement built at once.
#include <cstddef>
#include <vector>

#include "parser/builders.h"
#include "parser/column_index.h"
#include "parser/table_elements.h"

namespace schemadelta::parser {

class CreateTableBuilder {
 public:
  explicit CreateTableBuilder(BuildContext& context) : context_(context), columns_(table_) {}
  CreateTableBuilder(const CreateTableBuilder&) = delete;  // columns_ reads table_
  CreateTableBuilder& operator=(const CreateTableBuilder&) = delete;

  // The CREATE TABLE of a parsed statement when its element list can be read in pieces (a plain
  // list of columns, constraints and LIKEs; not AS, not PARTITION OF), else null.
  static P::CreateTableContext* in_pieces(P::StatementContext* statement);

  // False when the statement ends there (CREATE TABLE AS, a table created twice, an unknown
  // parent): what it has to say is said.
  bool begin(P::CreateTableContext* statement);
  // The elements of one piece, in order. False when the statement ends there (a LIKE refused).
  bool add(P::CreateTableContext* piece);
  // Inheritance, partitioning, options, and the table with its constraints into the catalog.
  void finish(P::CreateTableContext* statement);

  // Room for the columns of every piece, when their number is known before the first.
  void expect_columns(std::size_t count) {
    table_.columns.reserve(count);
    columns_.reserve(count);
  }

 private:
  BuildContext& context_;
  model::QualifiedName name_;
  model::Table table_;
  ColumnIndex columns_;  // table_'s
  std::vector<PendingConstraint> constraints_;
};

}  // namespace schemadelta::parser
