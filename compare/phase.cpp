#include "compare/phase.h"

namespace schemadelta::compare {

std::string phase_name(Phase phase) {
  switch (phase) {
    case Phase::EnumValues: return "enum values";
    case Phase::Renames: return "renames";
    case Phase::DropDependents: return "drop dependents";
    case Phase::DropViews: return "drop views";
    case Phase::DropForeignKeys: return "drop foreign keys";
    case Phase::DropDefaults: return "drop defaults";
    case Phase::DropConstraints: return "drop constraints";
    case Phase::DropIndexes: return "drop indexes";
    case Phase::DropRecreatedRoutines: return "drop recreated routines";
    case Phase::DropClashingRelations: return "drop clashing relations";
    case Phase::CreateNamespaces: return "create namespaces";
    case Phase::RebuildTypes: return "rebuild types";
    case Phase::CreateObjects: return "create objects";
    case Phase::AlterDomains: return "alter domains";
    case Phase::AlterColumns: return "alter columns";
    case Phase::AddRebuiltColumns: return "add rebuilt columns";
    case Phase::SequenceOwners: return "sequence owners";
    case Phase::DropColumns: return "drop columns";
    case Phase::Partitions: return "partitions";
    case Phase::Keys: return "keys";
    case Phase::Indexes: return "indexes";
    case Phase::AttachIndexes: return "attach indexes";
    case Phase::ForeignKeys: return "foreign keys";
    case Phase::Views: return "views";
    case Phase::MatviewIndexes: return "materialized view indexes";
    case Phase::TableObjects: return "table objects";
    case Phase::DropTables: return "drop tables";
    case Phase::DropSequences: return "drop sequences";
    case Phase::Identity: return "identity";
    case Phase::LateSequences: return "late sequences";
    case Phase::LateDefaults: return "late defaults";
    case Phase::DropRoutines: return "drop routines";
    case Phase::DropTypes: return "drop types";
    case Phase::DropExtensions: return "drop extensions";
    case Phase::DropSchemas: return "drop schemas";
    case Phase::Metadata: return "metadata";
  }
  return "";
}

}  // namespace schemadelta::compare
