#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/expr.h"
#include "model/names.h"

namespace schemadelta::model {

struct Parameter {
  std::string mode = "IN";  // IN, OUT, INOUT, VARIADIC, TABLE (a RETURNS TABLE column)
  std::string name;
  TypeRef type;
  std::optional<Expr> default_value;
  bool operator==(const Parameter&) const = default;
};

// Functions and procedures. Identity is the name plus the input argument types (signature).
struct Routine {
  std::string name;
  bool is_procedure = false;
  std::vector<Parameter> parameters;
  std::optional<TypeRef> return_type;  // none for procedures and RETURNS TABLE
  bool returns_set = false;
  std::string language = "sql";
  std::string volatility = "VOLATILE";  // IMMUTABLE, STABLE, VOLATILE
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  bool window = false;
  std::string parallel = "UNSAFE";
  double cost = -1;  // -1: the language's default
  double rows = -1;  // -1: the default (1000 for set-returning functions)
  std::string support;
  std::vector<std::pair<std::string, std::string>> settings;  // SET name = value
  Expr body;  // the string body (decoded), or the SQL-standard body (RETURN ... / BEGIN ATOMIC ...)
  bool sql_standard_body = false;
  std::string link_symbol;  // C functions: AS 'obj', 'symbol'
  bool operator==(const Routine&) const = default;

  // "(integer, text)": the types of IN, INOUT and VARIADIC parameters.
  std::string signature() const;
};

// Aggregates and operators: few in practice; their definitions are kept as canonical options.
struct Aggregate {
  std::string name;
  std::vector<Parameter> parameters;  // empty with star = true for agg(*)
  bool star = false;
  std::map<std::string, std::string> options;  // SFUNC, STYPE, INITCOND, ... (canonical text)
  bool operator==(const Aggregate&) const = default;
  std::string signature() const;
};

struct Operator {
  std::string name;  // the symbol, e.g. "~<<"
  std::optional<TypeRef> left, right;
  std::map<std::string, std::string> options;  // FUNCTION, COMMUTATOR, ...
  bool operator==(const Operator&) const = default;
  std::string signature() const;
};

}  // namespace schemadelta::model
