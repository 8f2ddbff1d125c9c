#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "model/names.h"

namespace schemadelta::model {

struct CompositeAttribute {
  std::string name;
  TypeRef type;
  std::optional<QualifiedName> collation;
  bool operator==(const CompositeAttribute&) const = default;
};

enum class TypeKind { Enum, Composite, Range, Base, Shell };

struct Type {
  std::string name;
  TypeKind kind = TypeKind::Enum;
  std::vector<std::string> enum_labels;
  std::vector<CompositeAttribute> attributes;
  std::map<std::string, std::string> options;  // range and base type definitions
  bool operator==(const Type&) const = default;
};

struct DomainConstraint {
  std::string name;
  Expr check;
  bool validated = true;
  bool operator==(const DomainConstraint&) const = default;
};

struct Domain {
  std::string name;
  TypeRef base_type;
  std::optional<QualifiedName> collation;
  std::optional<Expr> default_value;
  bool not_null = false;
  std::map<std::string, DomainConstraint> constraints;
  bool operator==(const Domain&) const = default;
};

}  // namespace schemadelta::model
