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

// A statement of ACTUAL as the user can recognise it without a place: its text on one line,
// cut at 100 characters.
std::string statement_text(const model::UnmanagedStatement& statement) {
  std::string text;
  for (char c : statement.text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space) text += c;
    else if (!text.empty() && text.back() != ' ') text += ' ';
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == ';')) text.pop_back();
  if (text.size() > 100) {
    std::size_t cut = 97;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    text = text.substr(0, cut) + "...";
  }
  return text.empty() ? statement.kind : text;
}

ordered_json location_json(const model::SourceLocation& where) {
  return {{"file", where.file}, {"line", where.line}, {"column", where.column}};
}

ordered_json unsupported_json(const DriftContext& context) {
  ordered_json expected = ordered_json::array(), actual = ordered_json::array();
  if (context.expected) {
    for (const auto& statement : context.expected->unmanaged) {
      ordered_json entry{{"kind", statement.kind}};
      entry.update(location_json(statement.location));
      expected.push_back(entry);
    }
  }
  if (context.actual) {
    for (const auto& statement : context.actual->unmanaged) actual.push_back({{"kind", statement.kind}, {"statement", statement_text(statement)}});
  }
  return {{"expected", expected}, {"actual", actual}};
}

// Each statement not compared, as a JUnit test case or a SARIF result: a place in EXPECTED, or the
// text of a statement of ACTUAL.
struct NotCompared {
  std::string kind;
  std::string name;  // "expected.sql:2:1", or the statement's text in ACTUAL
  std::string text;  // the message
  const model::SourceLocation* where = nullptr;
};

std::vector<NotCompared> not_compared(const DriftContext& context) {
  std::vector<NotCompared> list;
  if (context.expected) {
    for (const auto& statement : context.expected->unmanaged) {
      const auto& where = statement.location;
      list.push_back({statement.kind, fmt::format("{}:{}:{}", where.file, where.line, where.column),
                      fmt::format("unsupported {} in {} (not compared)", statement.kind, context.expected_name), &where});
    }
  }
  if (context.actual) {
    for (const auto& statement : context.actual->unmanaged) {
      const auto text = statement_text(statement);
      list.push_back({statement.kind, text, fmt::format("unsupported {} in {} (not compared): {}", statement.kind, context.actual_name, text),
                      nullptr});
    }
  }
  return list;
}

// A SARIF place in EXPECTED, when there is one.
void add_physical_location(ordered_json& location, const model::SourceLocation* where) {
  if (!where || where->file.empty() || where->line <= 0) return;
  location["physicalLocation"] = {{"artifactLocation", {{"uri", where->file}}},
                                  {"region", {{"startLine", where->line}, {"startColumn", std::max(1, where->column)}}}};
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
  if (context.expected) {
    for (const auto& statement : context.expected->unmanaged) {
      out += fmt::format("  unsupported {} at {}:{}:{} (not compared)\n", model::printable(statement.kind), model::printable(statement.location.file),
                         statement.location.line, statement.location.column);
    }
  }
  if (context.actual) {
    for (const auto& statement : context.actual->unmanaged) {
      out += fmt::format("  unsupported {} in {} (not compared): {}\n", model::printable(statement.kind), model::printable(context.actual_name),
                         model::printable(statement_text(statement)));
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
    if (const auto* where = location_of(item, context)) entry["location"] = location_json(*where);
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
                        {"unsupported", unsupported_json(context)},
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
  // Statements not compared: skipped, or failed with --fail-on unsupported; named by their place
  // in EXPECTED, or by their text in ACTUAL (never a place there).
  const auto unsupported = not_compared(context);
  for (const auto& statement : unsupported) {
    cases += fmt::format("    <testcase classname=\"unsupported\" name=\"{}\">\n      <{} message=\"{}\"/>\n    </testcase>\n", xml_escape(statement.name),
                         context.fail_on_unsupported ? "failure type=\"unsupported\"" : "skipped", xml_escape(statement.text));
  }
  const auto tests = report.checked.size() + unsupported.size();
  const auto failures = report.drifted.size() + (context.fail_on_unsupported ? unsupported.size() : 0);
  const auto skipped = context.fail_on_unsupported ? 0 : unsupported.size();
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"schemadelta check\" tests=\"{0}\" failures=\"{1}\">\n"
                     "  <testsuite name=\"schema drift: {2} vs {3}\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" skipped=\"{5}\">\n"
                     "{4}  </testsuite>\n</testsuites>\n",
                     tests, failures, xml_escape(context.actual_name), xml_escape(context.expected_name), cases, skipped);
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
  rules.push_back({{"id", "schema-drift/unsupported"},
                   {"name", "SchemaDriftUnsupported"},
                   {"shortDescription", {{"text", "A statement the tool does not model: not compared."}}},
                   {"defaultConfiguration", {{"level", context.fail_on_unsupported ? "error" : "note"}}}});
  ordered_json results = ordered_json::array();
  for (const auto& item : report.drifted) {
    std::string text = message_of(item, context);
    for (const auto& finding : findings(item)) text += "\n- " + finding;
    ordered_json location{{"logicalLocations",
                           ordered_json::array({{{"fullyQualifiedName", object_name(item.object)}, {"kind", model::kind_name(item.object.kind)}}})}};
    add_physical_location(location, location_of(item, context));
    results.push_back({{"ruleId", "schema-drift/" + compare::drift_status_name(item.status)},
                       {"level", "error"},
                       {"message", {{"text", text}}},
                       {"locations", ordered_json::array({location})}});
  }
  for (const auto& statement : not_compared(context)) {
    ordered_json location{{"logicalLocations", ordered_json::array({{{"name", statement.kind}, {"kind", "statement"}}})}};
    add_physical_location(location, statement.where);
    results.push_back({{"ruleId", "schema-drift/unsupported"},
                       {"level", context.fail_on_unsupported ? "error" : "note"},
                       {"message", {{"text", statement.text}}},
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
