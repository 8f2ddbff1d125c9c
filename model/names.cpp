#include "model/names.h"

namespace schemadelta::model {

std::string to_string(const TypeRef& type) {
  std::string text = type.schema.empty() ? type.name : type.schema + "." + type.name;
  if (!type.modifiers.empty()) {
    // "(3) with time zone" style modifiers go between the two halves of the name.
    auto space = type.name.find(' ');
    const bool split = type.name.starts_with("time") && space != std::string::npos;
    if (split) {
      text = type.name.substr(0, space) + type.modifiers + type.name.substr(space);
    } else {
      text += type.modifiers;
    }
  }
  for (int i = 0; i < type.array_dimensions; ++i) text += "[]";
  return text;
}

}  // namespace schemadelta::model
