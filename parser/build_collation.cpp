// CREATE / ALTER COLLATION and CREATE / ALTER TEXT SEARCH DICTIONARY | CONFIGURATION. Text
// search parsers and templates are made of C functions: read, and kept as unmanaged statements.
#include <algorithm>
#include <set>

#include "parser/builders.h"
#include "parser/sql_text.h"
#include "parser/sql_token.h"
#include "sql/quoting.h"

namespace schemadelta::parser {

using model::ObjectId;
using model::ObjectKind;

namespace {

// The snowball languages: PostgreSQL has a configuration of each name and a dictionary
// <language>_stem in pg_catalog (snowball_create.sql).
const std::set<std::string>& snowball_languages() {
  static const std::set<std::string> languages{
      "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "estonian", "finnish", "french",
      "german", "greek", "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian",
      "polish", "portuguese", "romanian", "russian", "serbian", "spanish", "swedish", "tamil", "turkish", "yiddish"};
  return languages;
}

// The default parser's token types (ts_token_type('default')): a mapping for another name is an
// error on the server.
const std::set<std::string>& default_token_types() {
  static const std::set<std::string> types{
      "asciiword", "word", "numword", "email", "url", "host", "sfloat", "version", "hword_numpart", "hword_part",
      "hword_asciipart", "blank", "tag", "protocol", "numhword", "asciihword", "hword", "url_path", "file", "float",
      "int", "uint", "entity"};
  return types;
}

bool is_builtin_dictionary(const std::string& name) {
  if (name == "simple") return true;
  return name.size() > 5 && name.ends_with("_stem") && snowball_languages().count(name.substr(0, name.size() - 5));
}

// The mappings of a built-in configuration (simple, or a snowball language's), as initdb makes them.
std::optional<std::map<std::string, std::vector<model::QualifiedName>>> builtin_mappings(const std::string& name) {
  const bool simple = name == "simple";
  if (!simple && !snowball_languages().count(name)) return std::nullopt;
  const model::QualifiedName simple_dictionary{"pg_catalog", "simple"};
  const model::QualifiedName stem{"pg_catalog", simple ? "simple" : name + "_stem"};
  const bool english_ascii = name == "english" || name == "hindi" || name == "russian";
  const model::QualifiedName ascii_stem{"pg_catalog", simple ? "simple" : english_ascii ? "english_stem" : name + "_stem"};
  std::map<std::string, std::vector<model::QualifiedName>> mappings;
  for (const char* t : {"email", "url", "url_path", "host", "file", "version", "sfloat", "float", "int", "uint", "numword",
                        "hword_numpart", "numhword"}) {
    mappings[t] = {simple_dictionary};
  }
  for (const char* t : {"asciiword", "hword_asciipart", "asciihword"}) mappings[t] = {ascii_stem};
  for (const char* t : {"word", "hword_part", "hword"}) mappings[t] = {stem};
  return mappings;
}

// One definition's value as the server keeps it: a name folded, a string decoded.
struct DefinitionValue {
  std::vector<std::string> name;  // a (qualified) name: its parts
  std::string text;               // the value as one string (a name's last part, a literal's contents)
  bool is_number = false;
  bool is_string = false;
};

DefinitionValue definition_value(P::DefinitionContext* d, BuildContext& context) {
  DefinitionValue value;
  if (!d->tailExpression()) return value;
  for (const auto& token : lex_sql(context.text(d->tailExpression()))) {
    switch (token.kind) {
      case TokenKind::Word: case TokenKind::QuotedIdentifier: value.name.push_back(fold_identifier(token.text)); break;
      case TokenKind::String: value.text = decode_string_literal(token.text); value.is_string = true; break;
      case TokenKind::Number: value.text += token.text; value.is_number = true; break;
      case TokenKind::Operator: if (token.text == "-") value.text += "-"; break;
      default: break;
    }
  }
  if (!value.is_string && !value.is_number && !value.name.empty()) value.text = value.name.back();
  return value;
}

std::string definition_key(P::DefinitionContext* d, BuildContext& context) {
  return d->identifier() ? context.name(d->identifier()) : ascii_lower(d->getStart()->getText());
}

std::optional<bool> boolean_value(const std::string& text) {
  const std::string t = ascii_lower(text);
  if (t == "true" || t == "on" || t == "yes" || t == "1" || t == "t" || t == "y") return true;
  if (t == "false" || t == "off" || t == "no" || t == "0" || t == "f" || t == "n") return false;
  return std::nullopt;
}

// The schema an unqualified name of an existing object is found in: the first one on the
// search_path that has it, else the schema objects are created in.
template <typename Has>
model::QualifiedName existing_name(const std::vector<std::string>& parts, BuildContext& context, Has has) {
  if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
  for (const auto& schema : context.search_path()) {
    const auto* s = context.catalog().find_schema(schema);
    if (s && has(*s, parts.back())) return {schema, parts.back()};
  }
  return {context.creation_schema(), parts.back()};
}

model::QualifiedName dictionary_name(const std::vector<std::string>& parts, BuildContext& context) {
  // pg_catalog is searched first: its dictionaries win over one of the same name elsewhere.
  if (parts.size() == 1 && is_builtin_dictionary(parts[0])) return {"pg_catalog", parts[0]};
  return existing_name(parts, context, [](const model::Schema& s, const std::string& n) { return s.text_search_dictionaries.count(n) > 0; });
}

model::QualifiedName configuration_name(const std::vector<std::string>& parts, BuildContext& context) {
  if (parts.size() == 1 && (parts[0] == "simple" || snowball_languages().count(parts[0]))) return {"pg_catalog", parts[0]};
  return existing_name(parts, context, [](const model::Schema& s, const std::string& n) { return s.text_search_configurations.count(n) > 0; });
}

// What RENAME moves: the object's entry, and its comment and owner.
template <typename Map>
void rename_entry(Map& map, const ObjectId& id, const std::string& new_name, BuildContext& context) {
  auto node = map.extract(id.name);
  node.key() = new_name;
  node.mapped().name = new_name;
  map.insert(std::move(node));
  ObjectId renamed = id;
  renamed.name = new_name;
  auto& catalog = context.catalog();
  for (auto* side : {&catalog.comments, &catalog.owners}) {
    if (auto it = side->find(id); it != side->end()) {
      (*side)[renamed] = it->second;
      side->erase(id);
    }
  }
}

void build_dictionary(P::CreateTextSearchContext* s, const model::QualifiedName& name, BuildContext& context) {
  model::TextSearchDictionary dictionary;
  dictionary.name = name.name;
  for (auto* d : s->definitionList()->definition()) {
    const std::string key = definition_key(d, context);
    auto value = definition_value(d, context);
    if (key == "template") {
      static const std::set<std::string> builtin{"simple", "synonym", "thesaurus", "ispell", "snowball"};
      if (value.name.size() == 1 && builtin.count(value.name[0])) dictionary.template_name = {"pg_catalog", value.name[0]};
      else if (!value.name.empty()) dictionary.template_name = existing_name(value.name, context, [](const model::Schema&, const std::string&) { return false; });
    } else {
      dictionary.options[key] = value.is_number ? value.text : sql::quote_literal(value.text);
    }
  }
  if (dictionary.template_name.name.empty()) return context.error(s, "text search template is required");
  auto& dictionaries = context.catalog().schema(name.schema).text_search_dictionaries;
  if (dictionaries.count(name.name)) return context.error(s, "text search dictionary \"" + name.name + "\" already exists");
  context.remember(ObjectId{ObjectKind::TextSearchDictionary, name.schema, name.name, "", ""}, s);
  dictionaries[name.name] = std::move(dictionary);
}

void build_configuration(P::CreateTextSearchContext* s, const model::QualifiedName& name, BuildContext& context) {
  model::TextSearchConfiguration configuration;
  configuration.name = name.name;
  bool copied = false;
  for (auto* d : s->definitionList()->definition()) {
    const std::string key = definition_key(d, context);
    auto value = definition_value(d, context);
    if (value.name.empty()) return context.error(d, "text search configuration " + key + " needs a name");
    if (key == "parser") {
      configuration.parser = value.name.size() == 1 && value.name[0] == "default"
                                 ? model::QualifiedName{"pg_catalog", "default"}
                                 : existing_name(value.name, context, [](const model::Schema&, const std::string&) { return false; });
    } else if (key == "copy") {
      auto from = configuration_name(value.name, context);
      const auto* schema = context.catalog().find_schema(from.schema);
      if (schema && schema->text_search_configurations.count(from.name)) {
        configuration.parser = schema->text_search_configurations.at(from.name).parser;
        configuration.mappings = schema->text_search_configurations.at(from.name).mappings;
      } else if (auto builtin = from.schema == "pg_catalog" ? builtin_mappings(from.name) : std::nullopt) {
        configuration.parser = {"pg_catalog", "default"};
        configuration.mappings = *builtin;
      } else {
        return context.unmanaged(s, "CREATE TEXT SEARCH CONFIGURATION ... COPY of a configuration this schema does not define");
      }
      copied = true;
    } else {
      return context.error(d, "text search configuration parameter \"" + key + "\" not recognized");
    }
  }
  if (configuration.parser.name.empty() && !copied) return context.error(s, "text search parser is required");
  auto& configurations = context.catalog().schema(name.schema).text_search_configurations;
  if (configurations.count(name.name)) return context.error(s, "text search configuration \"" + name.name + "\" already exists");
  context.remember(ObjectId{ObjectKind::TextSearchConfiguration, name.schema, name.name, "", ""}, s);
  configurations[name.name] = std::move(configuration);
}

void alter_mappings(P::AlterTextSearchContext* s, model::TextSearchConfiguration& configuration, BuildContext& context) {
  std::vector<std::string> tokens;
  if (auto* list = s->tokenTypes()) {
    for (auto* t : list->identifier()) tokens.push_back(context.name(t));
  }
  if (configuration.parser == model::QualifiedName{"pg_catalog", "default"}) {
    for (const auto& t : tokens) {
      if (!default_token_types().count(t)) return context.error(s, "token type \"" + t + "\" does not exist");
    }
  }
  if (s->REPLACE()) {
    auto old_dictionary = dictionary_name(context.parts(s->qualifiedName(1)), context);
    auto new_dictionary = dictionary_name(context.parts(s->qualifiedName(2)), context);
    for (auto& [token, dictionaries] : configuration.mappings) {
      if (!tokens.empty() && std::find(tokens.begin(), tokens.end(), token) == tokens.end()) continue;
      for (auto& d : dictionaries) {
        if (d == old_dictionary) d = new_dictionary;
      }
    }
    return;
  }
  if (s->DROP()) {
    for (const auto& t : tokens) {
      if (!configuration.mappings.erase(t) && !s->ifExists()) return context.error(s, "mapping for token type \"" + t + "\" does not exist");
    }
    return;
  }
  std::vector<model::QualifiedName> dictionaries;
  for (size_t i = 1; i < s->qualifiedName().size(); ++i) dictionaries.push_back(dictionary_name(context.parts(s->qualifiedName(i)), context));
  for (const auto& t : tokens) configuration.mappings[t] = dictionaries;
}

}  // namespace

std::optional<ObjectId> collation_id(P::QualifiedNameContext* name, BuildContext& context) {
  auto found = existing_name(context.parts(name), context, [](const model::Schema& s, const std::string& n) { return s.collations.count(n) > 0; });
  const auto* schema = context.catalog().find_schema(found.schema);
  if (!schema || !schema->collations.count(found.name)) return std::nullopt;
  return ObjectId{ObjectKind::Collation, found.schema, found.name, "", ""};
}

std::optional<ObjectId> text_search_id(bool dictionary, P::QualifiedNameContext* name, BuildContext& context) {
  auto parts = context.parts(name);
  auto found = dictionary ? dictionary_name(parts, context) : configuration_name(parts, context);
  const auto* schema = context.catalog().find_schema(found.schema);
  if (!schema) return std::nullopt;
  if (dictionary ? !schema->text_search_dictionaries.count(found.name) : !schema->text_search_configurations.count(found.name)) {
    return std::nullopt;
  }
  return ObjectId{dictionary ? ObjectKind::TextSearchDictionary : ObjectKind::TextSearchConfiguration, found.schema, found.name, "", ""};
}

void build_create_collation(P::CreateCollationContext* s, BuildContext& context) {
  auto name = context.creation_name(s->qualifiedName(0));
  model::Collation collation;
  collation.name = name.name;
  if (s->FROM()) {
    auto parts = context.parts(s->qualifiedName(1));
    const std::string& from = parts.back();
    auto existing = collation_id(s->qualifiedName(1), context);
    if (existing && !(parts.size() == 1 && (from == "C" || from == "POSIX"))) {
      collation = context.catalog().schemas.at(existing->schema).collations.at(existing->name);
      collation.name = name.name;
    } else if (from == "C" || from == "POSIX") {
      collation.lc_collate = collation.lc_ctype = from;
    } else if (from.size() > 6 && from.ends_with("-x-icu")) {
      collation.provider = "icu";
      collation.lc_collate = collation.lc_ctype = from.substr(0, from.size() - 6);
    } else {
      // A libc collation of pg_catalog (en_US, ...): its locale is the server's to know.
      return context.unmanaged(s, "CREATE COLLATION ... FROM a collation this schema does not define");
    }
  } else {
    std::string locale;
    for (auto* d : s->definitionList()->definition()) {
      const std::string key = definition_key(d, context);
      auto value = definition_value(d, context);
      if (key == "provider") collation.provider = ascii_lower(value.text);
      else if (key == "locale") locale = value.text;
      else if (key == "lc_collate") collation.lc_collate = value.text;
      else if (key == "lc_ctype") collation.lc_ctype = value.text;
      else if (key == "rules") collation.rules = value.text;
      else if (key == "version") continue;  // the library's version when created: not the schema's
      else if (key == "deterministic") {
        auto flag = boolean_value(value.text);
        if (!flag) return context.error(d, "deterministic requires a Boolean value");
        collation.deterministic = *flag;
      } else {
        return context.error(d, "collation attribute \"" + key + "\" not recognized");
      }
    }
    if (collation.provider == "default") collation.provider = "libc";
    if (collation.provider != "libc" && collation.provider != "icu" && collation.provider != "builtin") {
      return context.error(s, "unrecognized collation provider: " + collation.provider);
    }
    if (!locale.empty()) {
      if (collation.lc_collate.empty()) collation.lc_collate = locale;
      if (collation.lc_ctype.empty()) collation.lc_ctype = locale;
    }
    // ICU and builtin have one locale; an old ICU spelling gave it as lc_collate.
    if (collation.provider != "libc") collation.lc_ctype = collation.lc_collate;
    if (collation.lc_collate.empty() || collation.lc_ctype.empty()) {
      return context.error(s, "parameter \"locale\" must be specified");
    }
  }
  auto& collations = context.catalog().schema(name.schema).collations;
  if (collations.count(name.name)) {
    if (s->ifNotExists()) return;
    return context.error(s, "collation \"" + name.name + "\" already exists");
  }
  context.remember(ObjectId{ObjectKind::Collation, name.schema, name.name, "", ""}, s);
  collations[name.name] = std::move(collation);
}

void build_alter_collation(P::AlterCollationContext* s, BuildContext& context) {
  auto id = collation_id(s->qualifiedName(), context);
  if (!id) return context.not_defined_here(s, "ALTER COLLATION of", context.text(s->qualifiedName()));
  if (s->OWNER()) {
    context.catalog().owners[*id] = context.role(s->roleSpec());
    return;
  }
  auto& collations = context.catalog().schemas.at(id->schema).collations;
  const std::string new_name = context.name(s->identifier());
  if (collations.count(new_name)) return context.error(s, "collation \"" + new_name + "\" already exists");
  rename_entry(collations, *id, new_name, context);
}

void build_create_text_search(P::CreateTextSearchContext* s, BuildContext& context) {
  auto* kind = s->textSearchKind();
  if (kind->PARSER() || kind->TEMPLATE()) {
    return context.unmanaged(s, std::string("CREATE TEXT SEARCH ") + (kind->PARSER() ? "PARSER" : "TEMPLATE"));
  }
  auto name = context.creation_name(s->qualifiedName());
  if (kind->DICTIONARY()) return build_dictionary(s, name, context);
  build_configuration(s, name, context);
}

void build_alter_text_search(P::AlterTextSearchContext* s, BuildContext& context) {
  auto* kind = s->textSearchKind();
  if (kind->PARSER() || kind->TEMPLATE()) {
    return context.unmanaged(s, std::string("ALTER TEXT SEARCH ") + (kind->PARSER() ? "PARSER" : "TEMPLATE"));
  }
  const bool dictionary = kind->DICTIONARY() != nullptr;
  auto id = text_search_id(dictionary, s->qualifiedName(0), context);
  if (!id) return context.not_defined_here(s, "ALTER TEXT SEARCH of", context.text(s->qualifiedName(0)));
  auto& schema = context.catalog().schemas.at(id->schema);
  if (s->OWNER()) {
    context.catalog().owners[*id] = context.role(s->roleSpec());
    return;
  }
  if (s->RENAME()) {
    const std::string new_name = context.name(s->identifier());
    if (dictionary ? schema.text_search_dictionaries.count(new_name) : schema.text_search_configurations.count(new_name)) {
      return context.error(s, "text search object \"" + new_name + "\" already exists");
    }
    if (dictionary) rename_entry(schema.text_search_dictionaries, *id, new_name, context);
    else rename_entry(schema.text_search_configurations, *id, new_name, context);
    return;
  }
  if (s->definitionList()) {
    if (!dictionary) return context.error(s, "ALTER TEXT SEARCH CONFIGURATION takes no options");
    auto& d = schema.text_search_dictionaries.at(id->name);
    for (auto* definition : s->definitionList()->definition()) {
      const std::string key = definition_key(definition, context);
      if (key == "template") return context.error(definition, "cannot change the template of a text search dictionary");
      auto value = definition_value(definition, context);
      if (!definition->tailExpression()) d.options.erase(key);
      else d.options[key] = value.is_number ? value.text : sql::quote_literal(value.text);
    }
    return;
  }
  if (dictionary) return context.error(s, "a text search dictionary has no mappings");
  alter_mappings(s, schema.text_search_configurations.at(id->name), context);
}

}  // namespace schemadelta::parser
