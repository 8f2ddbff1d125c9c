#pragma once
// The phases of a script, declared once, in execution order: "what runs when" reads from here.
// Within a phase, changes follow the dependency graph (drops in reverse).
#include <cstdint>
#include <string>

namespace schemadelta::compare {

enum class Phase : std::uint8_t {
  EnumValues,             // ALTER TYPE ... ADD VALUE: the generator runs these before the transaction
  Renames,                // tables before their columns (ObjectKind order)
  DropDependents,         // triggers, policies
  DropViews,
  DropForeignKeys,
  DropDefaults,           // defaults reset around recreated routines, rebuilt columns
  DropConstraints,
  DropIndexes,
  DropRecreatedRoutines,
  DropClashingRelations,  // a table whose name a new view takes, and the like
  CreateNamespaces,       // schemas, extensions
  RebuildTypes,           // before routines and tables are created with the type
  CreateObjects,          // types, domains, sequences, routines, tables: one dependency order
  AlterDomains,
  AlterColumns,
  AddRebuiltColumns,
  SequenceOwners,         // OWNED BY moves before the old owning column is dropped (it would drop the sequence)
  DropColumns,
  Partitions,
  Keys,
  Indexes,
  AttachIndexes,
  ForeignKeys,
  Views,
  MatviewIndexes,
  TableObjects,           // triggers, policies, table attributes
  DropTables,
  DropSequences,
  Identity,               // after dropped sequences: an identity may take a serial's sequence name
  LateSequences,          // ... and a serial's sequence may take the name of a removed identity's
  LateDefaults,
  DropRoutines,
  DropTypes,
  DropExtensions,
  DropSchemas,
  Metadata,               // comments, privileges, owners
};

std::string phase_name(Phase phase);

}  // namespace schemadelta::compare
