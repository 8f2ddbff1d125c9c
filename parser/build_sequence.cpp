// CREATE SEQUENCE and ALTER SEQUENCE.
#include "parser/builders.h"
#include "parser/children.h"
#include "parser/sequence_options.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

void build_create_sequence(P::CreateSequenceContext* s, BuildContext& context) {
  const Children k(s);
  auto name = context.creation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
  auto written = read_sequence_options(k.rules<P::SequenceOptionContext>(P::RuleSequenceOption), context);
  model::Sequence sequence;
  sequence.name = name.name;
  sequence.options = resolve_new_sequence(written, model::TypeRef{"", "bigint", "", 0});
  sequence.owned_by = written.owned_by;
  auto* persistence = k.rule<P::TablePersistenceContext>(P::RuleTablePersistence);
  sequence.unlogged = (persistence && persistence->UNLOGGED()) || written.unlogged.value_or(false);
  auto& schema = context.catalog().schema(name.schema);
  if (schema.sequences.count(name.name) && k.rule<P::IfNotExistsContext>(P::RuleIfNotExists)) return;
  context.remember(ObjectId{ObjectKind::Sequence, name.schema, name.name, "", ""}, s);
  schema.sequences[name.name] = sequence;
}

void build_alter_sequence(P::AlterSequenceContext* s, BuildContext& context) {
  const Children k(s);
  auto name = context.relation_name(k.rule<P::QualifiedNameContext>(P::RuleQualifiedName));
  auto& schema = context.catalog().schema(name.schema);
  auto it = schema.sequences.find(name.name);
  if (it == schema.sequences.end()) {
    if (k.rule<P::IfExistsContext>(P::RuleIfExists)) return;
    return context.not_defined_here(s, "ALTER SEQUENCE of", name.schema + "." + name.name);
  }
  auto& sequence = it->second;
  if (k.has(P::OWNER)) {
    context.catalog().owners[ObjectId{ObjectKind::Sequence, name.schema, name.name, "", ""}] = context.role(k.rule<P::RoleSpecContext>(P::RuleRoleSpec));
    return;
  }
  if (k.has(P::RENAME) || k.has(P::SCHEMA)) return context.unmanaged(s, "ALTER SEQUENCE");
  auto written = read_sequence_options(k.rules<P::SequenceOptionContext>(P::RuleSequenceOption), context);
  apply_sequence_changes(sequence.options, written);
  if (written.owned_by) sequence.owned_by = written.owned_by;
  if (written.owned_by_none) sequence.owned_by.reset();
  if (written.unlogged) sequence.unlogged = *written.unlogged;
}

}  // namespace schemadelta::parser
