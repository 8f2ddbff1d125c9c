// CREATE SEQUENCE and ALTER SEQUENCE.
#include "parser/builders.h"
#include "parser/sequence_options.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

void build_create_sequence(P::CreateSequenceContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName());
  auto written = read_sequence_options(s->sequenceOption(), context);
  model::Sequence sequence;
  sequence.name = name.name;
  sequence.options = resolve_new_sequence(written, model::TypeRef{"", "bigint", "", 0});
  sequence.owned_by = written.owned_by;
  auto* persistence = s->tablePersistence();
  sequence.unlogged = (persistence && persistence->UNLOGGED()) || written.unlogged.value_or(false);
  auto& schema = context.catalog().schema(name.schema);
  if (schema.sequences.count(name.name) && s->ifNotExists()) return;
  context.remember(ObjectId{ObjectKind::Sequence, name.schema, name.name, "", ""}, s);
  schema.sequences[name.name] = sequence;
}

void build_alter_sequence(P::AlterSequenceContext* s, BuildContext& context) {
  auto name = context.relation_name(s->qualifiedName());
  auto& schema = context.catalog().schema(name.schema);
  auto it = schema.sequences.find(name.name);
  if (it == schema.sequences.end()) {
    if (s->ifExists()) return;
    return context.not_defined_here(s, "ALTER SEQUENCE of", name.schema + "." + name.name);
  }
  auto& sequence = it->second;
  if (s->OWNER()) {
    context.catalog().owners[ObjectId{ObjectKind::Sequence, name.schema, name.name, "", ""}] = context.role(s->roleSpec());
    return;
  }
  if (s->RENAME() || s->SCHEMA()) return context.unmanaged(s, "ALTER SEQUENCE");
  auto written = read_sequence_options(s->sequenceOption(), context);
  apply_sequence_changes(sequence.options, written);
  if (written.owned_by) sequence.owned_by = written.owned_by;
  if (written.owned_by_none) sequence.owned_by.reset();
  if (written.unlogged) sequence.unlogged = *written.unlogged;
}

}  // namespace schemadelta::parser
