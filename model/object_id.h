#pragma once
// Identity of every object the catalog holds: a value, ordered and hashable, never a pointer.
#include <compare>
#include <cstdint>
#include <string>

namespace schemadelta::model {

enum class ObjectKind : std::uint8_t {
  Schema, Extension, Type, Domain, Sequence, Function, Procedure, Aggregate, Operator,
  Table, Column, Constraint, Index, View, MaterializedView, Trigger, Policy, Rule,
  Collation, TextSearchDictionary, TextSearchConfiguration
};

struct ObjectId {
  ObjectKind kind = ObjectKind::Schema;
  std::string schema, name;
  std::string parent;     // owning relation for columns, constraints, indexes, triggers, policies
  std::string signature;  // "(integer, text)" for functions, procedures, aggregates, operators
  friend auto operator<=>(const ObjectId&, const ObjectId&) = default;
};

// "table", "materialized view", ...: for messages and JSON.
std::string kind_name(ObjectKind kind);

// "table public.orders", "column public.orders.id": for messages.
std::string describe(const ObjectId& id);

// An action on an object, its kind said once: "drop column public.orders.id" (not "drop column
// column ..."), "alter column type public.t.c", "set comment table public.t".
std::string describe(const std::string& action, const ObjectId& id);

}  // namespace schemadelta::model
