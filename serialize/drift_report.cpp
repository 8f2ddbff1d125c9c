#include "serialize/drift_report.h"

#include <algorithm>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "model/printable.h"

namespace schemadelta::serialize {

using compare::DriftItem;
using compare::DriftReport;
using compare::DriftStatus;
using nlohmann::ordered_json;

namespace {

std::string object_name(const model::ObjectId& id) {
  std::string name = id.kind == model::ObjectKind::Schema || id.kind == model::ObjectKind::Extension ? id.name : id.schema + "." + id.name;
  return name + id.signature;
}

std::string message_of(const DriftItem& item, const DriftContext& context) {
  switch (item.status) {
    case DriftStatus::Missing:
      return fmt::format("{} is in {} but missing from {}", model::describe(item.object), context.expected_name, context.actual_name);
    case DriftStatus::Unexpected:
      return fmt::format("{} is in {} but not expected by {}", model::describe(item.object), context.actual_name, context.expected_name);
    case DriftStatus::Different:
      return fmt::format("{} differs from {}: {} change(s)", model::describe(item.object), context.expected_name, item.changes.size());
  }
  return "";
}

// Where the object is written in EXPECTED, the schema the user keeps; never into ACTUAL (often a
// dump of a live database the user never sees): an unexpected object has no place.
const model::SourceLocation* location_of(const DriftItem& item, const DriftContext& context) {
  if (!context.expected || item.status == DriftStatus::Unexpected) return nullptr;
  auto it = context.expected->locations.find(item.object);
  return it == context.expected->locations.end() ? nullptr : &it->second;
}

// Each finding once (an index that differs is dropped and created: one finding).
std::vector<std::string> findings(const DriftItem& item) {
  std::vector<std::string> list;
  for (const auto& change : item.changes) {
    if (std::find(list.begin(), list.end(), change.finding) == list.end()) list.push_back(change.finding);
  }
  return list;
}

std::string summary_line(const DriftReport& report, const DriftContext& context) {
  std::string kinds;
  for (const auto& [kind, count] : report.drifted_by_kind) kinds += fmt::format("{}{} {}", kinds.empty() ? "" : ", ", count, kind);
  auto unsupported = [](const model::Catalog* catalog) { return catalog ? catalog->unmanaged.size() : 0; };
  return fmt::format("{} objects checked, {} drifted{}; unsupported statements: {} in expected, {} in actual", report.checked.size(),
                     report.drifted.size(), kinds.empty() ? "" : " (" + kinds + ")", unsupported(context.expected),
                     unsupported(context.actual));
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 has no place for most control characters.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') out += "?";
        else out += c;
    }
  }
  return out;
}

ordered_json unsupported_json(const model::Catalog* catalog) {
  ordered_json list = ordered_json::array();
  if (!catalog) return list;
  for (const auto& statement : catalog->unmanaged) {
    list.push_back({{"kind", statement.kind},
                    {"file", statement.location.file},
                    {"line", statement.location.line},
                    {"column", statement.location.column}});
  }
  return list;
}

}  // namespace

std::string drift_text(const DriftReport& report, const DriftContext& context, bool colour) {
  const char* red = colour ? "\x1b[31m" : "";
  const char* yellow = colour ? "\x1b[33m" : "";
  const char* reset = colour ? "\x1b[0m" : "";
  // Names, paths and reasons come from the inputs: escaped, so they cannot steer the terminal.
  std::string out;
  if (!report.has_drift()) {
    out += fmt::format("No drift: {} matches {}.\n", model::printable(context.actual_name), model::printable(context.expected_name));
  } else {
    out += fmt::format("Drift: {} differs from {}:\n", model::printable(context.actual_name), model::printable(context.expected_name));
    for (const auto& item : report.drifted) {
      const char* tint = item.status == DriftStatus::Different ? yellow : red;
      out += fmt::format("  {}{:<10}{} {}", tint, compare::drift_status_name(item.status), reset, model::describe(item.object));
      if (const auto* where = location_of(item, context)) out += fmt::format("  ({}:{})", model::printable(where->file), where->line);
      out += "\n";
      if (item.status != DriftStatus::Different) continue;
      for (const auto& finding : findings(item)) out += fmt::format("               - {}\n", model::printable(finding));
    }
  }
  for (const auto* side : {context.expected, context.actual}) {
    if (!side) continue;
    for (const auto& statement : side->unmanaged) {
      out += fmt::format("  unsupported {} at {}:{}:{} (not compared)\n", model::printable(statement.kind), model::printable(statement.location.file), statement.location.line,
                         statement.location.column);
    }
  }
  out += "Summary: " + summary_line(report, context) + "\n";
  for (const auto& failure : context.failures) out += fmt::format("{}Fails{}: {}\n", red, reset, model::printable(failure));
  return out;
}

std::string drift_json(const DriftReport& report, const DriftContext& context) {
  ordered_json objects = ordered_json::array();
  for (const auto& item : report.drifted) {
    ordered_json changes = ordered_json::array();
    for (const auto& change : item.changes) {
      changes.push_back({{"change", change.change}, {"object", change.object}, {"reason", change.reason}, {"finding", change.finding}});
    }
    ordered_json entry{{"kind", model::kind_name(item.object.kind)},
                       {"schema", item.object.schema},
                       {"name", item.object.name + item.object.signature},
                       {"status", compare::drift_status_name(item.status)},
                       {"message", message_of(item, context)},
                       {"changes", changes}};
    if (const auto* where = location_of(item, context)) entry["location"] = {{"file", where->file}, {"line", where->line}, {"column", where->column}};
    objects.push_back(entry);
  }
  ordered_json by_kind = ordered_json::object();
  for (const auto& [kind, count] : report.drifted_by_kind) by_kind[kind] = count;
  ordered_json document{{"format", "schemadelta-drift"},
                        {"version", 1},
                        {"expected", context.expected_name},
                        {"actual", context.actual_name},
                        {"drift", report.has_drift()},
                        {"summary", {{"checked", report.checked.size()}, {"drifted", report.drifted.size()}, {"by_kind", by_kind}}},
                        {"objects", objects},
                        {"unsupported", {{"expected", unsupported_json(context.expected)}, {"actual", unsupported_json(context.actual)}}},
                        {"failures", context.failures}};
  return document.dump(2) + "\n";
}

std::string drift_junit(const DriftReport& report, const DriftContext& context) {
  std::map<model::ObjectId, const DriftItem*> drifted;
  for (const auto& item : report.drifted) drifted[item.object] = &item;
  std::string cases;
  for (const auto& id : report.checked) {
    cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(model::kind_name(id.kind)), xml_escape(object_name(id)));
    auto it = drifted.find(id);
    if (it == drifted.end()) {
      cases += "/>\n";
      continue;
    }
    std::string body;
    for (const auto& finding : findings(*it->second)) body += finding + "\n";
    cases += fmt::format(">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n", xml_escape(message_of(*it->second, context)),
                         compare::drift_status_name(it->second->status), xml_escape(body));
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"schemadelta check\" tests=\"{0}\" failures=\"{1}\">\n"
                     "  <testsuite name=\"schema drift: {2} vs {3}\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" skipped=\"0\">\n"
                     "{4}  </testsuite>\n</testsuites>\n",
                     report.checked.size(), report.drifted.size(), xml_escape(context.actual_name), xml_escape(context.expected_name), cases);
}

std::string drift_sarif(const DriftReport& report, const DriftContext& context) {
  ordered_json rules = ordered_json::array();
  for (auto status : {DriftStatus::Missing, DriftStatus::Unexpected, DriftStatus::Different}) {
    const std::string name = compare::drift_status_name(status);
    const char* description = status == DriftStatus::Missing      ? "An object of the expected schema is missing from the database."
                              : status == DriftStatus::Unexpected ? "The database has an object the expected schema does not."
                                                                  : "An object differs from its expected definition.";
    rules.push_back({{"id", "schema-drift/" + name},
                     {"name", "SchemaDrift" + std::string(1, static_cast<char>(std::toupper(name[0]))) + name.substr(1)},
                     {"shortDescription", {{"text", description}}},
                     {"defaultConfiguration", {{"level", "error"}}}});
  }
  ordered_json results = ordered_json::array();
  for (const auto& item : report.drifted) {
    std::string text = message_of(item, context);
    for (const auto& finding : findings(item)) text += "\n- " + finding;
    ordered_json location{{"logicalLocations",
                           ordered_json::array({{{"fullyQualifiedName", object_name(item.object)}, {"kind", model::kind_name(item.object.kind)}}})}};
    if (const auto* where = location_of(item, context); where && !where->file.empty() && where->line > 0) {
      location["physicalLocation"] = {{"artifactLocation", {{"uri", where->file}}},
                                      {"region", {{"startLine", where->line}, {"startColumn", std::max(1, where->column)}}}};
    }
    results.push_back({{"ruleId", "schema-drift/" + compare::drift_status_name(item.status)},
                       {"level", "error"},
                       {"message", {{"text", text}}},
                       {"locations", ordered_json::array({location})}});
  }
  ordered_json document{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", ordered_json::array({{{"tool", {{"driver", {{"name", "schemadelta"},
                                                            {"version", context.tool_version},
                                                            {"rules", rules}}}}},
                                     {"results", results}}})}};
  return document.dump(2) + "\n";
}

}  // namespace schemadelta::serialize
