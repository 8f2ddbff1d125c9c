#include "fuzz/semantic/mutations.h"

#include <algorithm>
#include <functional>

namespace schemadelta::fuzz {

namespace {

// ---- helpers -------------------------------------------------------------------------------

// A name no object has, often one a careless script would break on: spaces, quotes, upper case,
// non-ASCII letters, reserved words.
std::string fresh_name(World& w, Rng& r, const std::string& prefix) {
  static const std::vector<std::string> keywords{"select", "user", "order", "table", "group", "check", "default", "from", "limit", "column"};
  const std::string n = std::to_string(w.next_id);
  std::string name;
  switch (r.below(16)) {
    case 0: name = prefix + " " + n; break;
    case 1: name = "Mixed" + prefix + n; break;
    case 2: name = prefix + "\"q" + n; break;
    case 3: name = prefix + "\xC3\xA9t\xC3\xA9" + n; break;    // été
    case 4: name = prefix + "\xE6\x97\xA5" + n; break;         // 日
    case 5: name = std::vector<std::string>(keywords)[static_cast<size_t>(r.below(10))]; break;
    case 6: name = prefix + "'" + n; break;
    default: name = prefix + "_" + n; break;
  }
  if (w.names.count(name)) name += "_" + n;
  w.names.insert(name);
  w.take_id();  // the digits used above belong to this name only
  return name;
}

bool simple_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }) &&
         !(name[0] >= '0' && name[0] <= '9') && name != "user" && name != "order" && name != "table" && name != "group" && name != "check" &&
         name != "default" && name != "from" && name != "limit" && name != "column" && name != "select";
}

std::string schema_name(const World& w, Id schema) { return w.schema(schema) ? w.schema(schema)->name : "public"; }

Id pick_schema(World& w, Rng& r) {
  if (w.schemas.empty() || r.chance(40)) return 0;
  return r.pick(w.schemas).id;
}

template <typename T, typename Pred>
T* pick_if(std::vector<T>& items, Rng& r, Pred pred) {
  std::vector<T*> candidates;
  for (auto& x : items) {
    if (pred(x)) candidates.push_back(&x);
  }
  return candidates.empty() ? nullptr : r.pick(candidates);
}

template <typename T>
T* pick_any(std::vector<T>& items, Rng& r) {
  return pick_if(items, r, [](const T&) { return true; });
}

bool integer_kind(TypeKind k) { return k == TypeKind::SmallInt || k == TypeKind::Integer || k == TypeKind::BigInt; }

// A table with columns of its own (not a partition).
Table* pick_table(World& w, Rng& r) {
  return pick_if(w.tables, r, [](const Table& t) { return !t.partition_of && !t.columns.empty(); });
}

const Constraint* primary_key(const Table& t) {
  for (const auto& k : t.constraints) {
    if (k.kind == Constraint::PrimaryKey) return &k;
  }
  return nullptr;
}

// A column other than the table's first (its key and partition column), with its table.
std::pair<Table*, Column*> pick_column(World& w, Rng& r, const std::function<bool(const Column&)>& pred = {}) {
  std::vector<std::pair<Table*, Column*>> candidates;
  for (auto& t : w.tables) {
    for (size_t i = 1; i < t.columns.size(); ++i) {
      if (!pred || pred(t.columns[i])) candidates.push_back({&t, &t.columns[i]});
    }
  }
  if (candidates.empty()) return {nullptr, nullptr};
  return r.pick(candidates);
}

Function* pick_function(World& w, Rng& r, Function::Kind kind) {
  return pick_if(w.functions, r, [&](const Function& f) { return f.kind == kind; });
}

std::string label(Rng& r, int n) {
  static const std::vector<std::string> shapes{"", " label", "'q", "\xC3\xA9", " UPPER", "-x"};
  return "v" + std::to_string(n) + std::vector<std::string>(shapes)[static_cast<size_t>(r.below(6))];
}

std::string comment_text(Rng& r) {
  static const std::vector<std::string> texts{"plain comment", "it's quoted", "line one\nline two", "\xC3\xA9t\xC3\xA9 comment", "50% -- not SQL"};
  return std::vector<std::string>(texts)[static_cast<size_t>(r.below(5))];
}

ColumnType random_type(World& w, Rng& r) {
  for (;;) {
    switch (r.below(15)) {
      case 0: return {TypeKind::SmallInt};
      case 1:
      case 2: return {TypeKind::Integer};
      case 3: return {TypeKind::BigInt};
      case 4: return {TypeKind::Numeric};
      case 5:
      case 6: return {TypeKind::Text};
      case 7: return {TypeKind::Varchar, 0, 50 + 10 * r.below(10)};
      case 8: return {TypeKind::Boolean};
      case 9: return {TypeKind::Date};
      case 10: return {TypeKind::Jsonb};
      case 11: return {TypeKind::IntArray};
      case 12:
        if (!w.enums.empty()) return {TypeKind::Enum, r.pick(w.enums).id};
        break;
      case 13:
        if (!w.domains.empty()) return {TypeKind::Domain, r.pick(w.domains).id};
        break;
      case 14:
        if (!w.composites.empty()) return {TypeKind::Composite, r.pick(w.composites).id};
        break;
    }
  }
}

DefaultKind random_default(World& w, Rng& r) {
  switch (r.below(5)) {
    case 0: return DefaultKind::Constant;
    case 1: return DefaultKind::OtherConstant;
    case 2: return w.functions.empty() ? DefaultKind::Constant : DefaultKind::Function;
    case 3: return w.sequences.empty() ? DefaultKind::Constant : DefaultKind::Sequence;
    default: return DefaultKind::None;
  }
}

void set_default(World& w, Rng& r, Column& c, DefaultKind kind) {
  c.default_kind = kind;
  c.default_ref = 0;
  if (kind == DefaultKind::Function) {
    if (Function* f = pick_function(w, r, Function::Constant)) c.default_ref = f->id;
  } else if (kind == DefaultKind::Sequence && !w.sequences.empty()) {
    c.default_ref = r.pick(w.sequences).id;
  }
}

Column random_column(World& w, Rng& r, const Table* table) {
  Column c;
  c.name = fresh_name(w, r, "c");
  c.id = w.take_id();
  c.type = random_type(w, r);
  c.not_null = r.chance(15);
  if (r.chance(35)) set_default(w, r, c, random_default(w, r));
  if (r.chance(10)) c.comment = comment_text(r);
  if (table && r.chance(10) && integer_kind(c.type.kind)) {
    std::vector<const Column*> sources;
    for (size_t i = 1; i < table->columns.size(); ++i) {
      const Column& s = table->columns[i];
      if (integer_kind(s.type.kind) && !s.generated_from && !s.follows) sources.push_back(&s);
    }
    if (!sources.empty()) {
      c.generated_from = r.pick(sources)->id;
      c.default_kind = DefaultKind::None;
    }
  }
  return c;
}

std::string rename_line(const char* kind, const std::string& schema, const std::string& table, const std::string& from, const std::string& to) {
  if (from == to || !simple_name(schema) || !simple_name(from) || !simple_name(to) || (!table.empty() && !simple_name(table))) return "";
  return std::string(kind) + ":" + schema + "." + (table.empty() ? "" : table + ".") + from + "=" + to;
}

// ---- the same step for every kind ---------------------------------------------------------------

// Drops one object of a kind; what used it is left out by render (or falls back, for types).
template <auto Member>
bool drop_any(World& w, Rng& r, Effects&) {
  auto* x = pick_any(w.*Member, r);
  if (!x) return false;
  w.remove(x->id);
  return true;
}

// Renames one object of a kind (fresh_name never moves objects: the pointer stays valid).
template <auto Member>
bool rename_any(World& w, Rng& r, Effects&) {
  auto* x = pick_any(w.*Member, r);
  if (!x) return false;
  x->name = fresh_name(w, r, "n");
  return true;
}

// ---- schemas and types -----------------------------------------------------------------------

bool add_schema(World& w, Rng& r, Effects&) {
  Schema s;
  s.name = fresh_name(w, r, "s");
  s.id = w.take_id();
  w.schemas.push_back(s);
  return true;
}

bool add_enum(World& w, Rng& r, Effects&) {
  EnumType e;
  e.schema = pick_schema(w, r);
  e.name = fresh_name(w, r, "e");
  e.id = w.take_id();
  for (int i = 0, n = 2 + r.below(3); i < n; ++i) e.labels.push_back(label(r, i));
  w.enums.push_back(e);
  return true;
}

bool enum_add_value(World& w, Rng& r, Effects&) {
  EnumType* e = pick_any(w.enums, r);
  if (!e) return false;
  std::string l = label(r, static_cast<int>(e->labels.size()) + 10 + r.below(90));
  if (std::find(e->labels.begin(), e->labels.end(), l) != e->labels.end()) return false;
  e->labels.insert(e->labels.begin() + r.below(static_cast<int>(e->labels.size()) + 1), l);
  return true;
}

bool enum_remove_value(World& w, Rng& r, Effects&) {
  EnumType* e = pick_if(w.enums, r, [](const EnumType& e) { return e.labels.size() > 1; });
  if (!e) return false;
  e->labels.erase(e->labels.begin() + r.below(static_cast<int>(e->labels.size())));
  return true;
}

bool enum_reorder(World& w, Rng& r, Effects&) {
  EnumType* e = pick_if(w.enums, r, [](const EnumType& e) { return e.labels.size() > 1; });
  if (!e) return false;
  std::swap(e->labels.front(), e->labels.back());
  return true;
}

bool enum_rename_value(World& w, Rng& r, Effects&) {
  EnumType* e = pick_any(w.enums, r);
  if (!e) return false;
  std::string& l = e->labels[static_cast<size_t>(r.below(static_cast<int>(e->labels.size())))];
  std::string renamed = l + " renamed";
  if (std::find(e->labels.begin(), e->labels.end(), renamed) != e->labels.end()) return false;
  l = renamed;
  return true;
}

bool add_domain(World& w, Rng& r, Effects&) {
  Domain d;
  d.schema = pick_schema(w, r);
  d.name = fresh_name(w, r, "d");
  d.id = w.take_id();
  d.variant = r.below(3);
  d.not_null = r.chance(20);
  w.domains.push_back(d);
  return true;
}

bool domain_change_check(World& w, Rng& r, Effects&) {
  Domain* d = pick_any(w.domains, r);
  if (!d) return false;
  d->variant = (d->variant + 1 + r.below(2)) % 3;
  return true;
}

bool domain_toggle_not_null(World& w, Rng& r, Effects&) {
  Domain* d = pick_any(w.domains, r);
  if (!d) return false;
  d->not_null = !d->not_null;
  return true;
}

bool add_composite(World& w, Rng& r, Effects&) {
  Composite c;
  c.schema = pick_schema(w, r);
  c.name = fresh_name(w, r, "ty");
  c.id = w.take_id();
  c.attributes = {{"a", TypeKind::Integer}, {"b", TypeKind::Text}};
  w.composites.push_back(c);
  return true;
}

bool composite_add_attribute(World& w, Rng& r, Effects&) {
  Composite* c = pick_any(w.composites, r);
  if (!c) return false;
  c->attributes.push_back({"x" + std::to_string(w.take_id()), r.chance(50) ? TypeKind::Integer : TypeKind::Text});
  return true;
}

bool composite_drop_attribute(World& w, Rng& r, Effects&) {
  Composite* c = pick_if(w.composites, r, [](const Composite& c) { return c.attributes.size() > 1; });
  if (!c) return false;
  c->attributes.pop_back();
  return true;
}

// ---- sequences and functions -------------------------------------------------------------------

bool add_sequence(World& w, Rng& r, Effects&) {
  Sequence s;
  s.schema = pick_schema(w, r);
  s.name = fresh_name(w, r, "seq");
  s.id = w.take_id();
  s.increment = 1 + r.below(3);
  if (r.chance(30)) {
    auto [t, c] = pick_column(w, r, [](const Column& c) { return integer_kind(c.type.kind); });
    if (t && t->schema == s.schema) s.owned_by = c->id;
  }
  w.sequences.push_back(s);
  return true;
}

bool alter_sequence(World& w, Rng& r, Effects&) {
  Sequence* s = pick_any(w.sequences, r);
  if (!s) return false;
  s->increment = s->increment % 3 + 1;
  return true;
}

bool change_sequence_owner(World& w, Rng& r, Effects&) {
  Sequence* s = pick_any(w.sequences, r);
  if (!s) return false;
  const Id schema = s->schema, before = s->owned_by;
  auto [t, c] = pick_column(w, r, [&](const Column& c) { return integer_kind(c.type.kind) && c.id != before; });
  s->owned_by = t && t->schema == schema && r.chance(70) ? c->id : 0;
  return s->owned_by != before;
}

bool add_function(World& w, Rng& r, Effects&) {
  Function f;
  f.schema = pick_schema(w, r);
  f.kind = static_cast<Function::Kind>(r.below(4));
  f.name = fresh_name(w, r, "f");
  f.id = w.take_id();
  f.plpgsql = r.chance(50);
  f.variant = 1 + r.below(3);
  w.functions.push_back(f);
  return true;
}

bool change_function_body(World& w, Rng& r, Effects&) {
  Function* f = pick_any(w.functions, r);
  if (!f) return false;
  f->variant = f->variant % 5 + 1;
  return true;
}

bool change_function_language(World& w, Rng& r, Effects&) {
  Function* f = pick_if(w.functions, r, [](const Function& f) { return f.kind != Function::Trigger; });
  if (!f) return false;
  f->plpgsql = !f->plpgsql;
  return true;
}

// ---- tables and columns ----------------------------------------------------------------------

Table new_table(World& w, Rng& r, const std::string& prefix) {
  Table t;
  t.schema = pick_schema(w, r);
  t.name = fresh_name(w, r, prefix);
  t.id = w.take_id();
  Column key;
  key.name = r.chance(50) ? "id" : fresh_name(w, r, "id");
  key.id = w.take_id();
  key.type = {r.chance(70) ? TypeKind::Integer : TypeKind::BigInt};
  key.not_null = true;
  if (r.chance(20)) key.identity = r.chance(50) ? IdentityKind::ByDefault : IdentityKind::Always;
  t.columns.push_back(key);
  for (int i = 0, n = 1 + r.below(4); i < n; ++i) t.columns.push_back(random_column(w, r, &t));
  if (r.chance(85)) {
    Constraint pk;
    pk.kind = Constraint::PrimaryKey;
    pk.name = r.chance(50) ? "" : fresh_name(w, r, "pk");
    pk.id = w.take_id();
    pk.columns = {key.id};
    t.constraints.push_back(pk);
  }
  if (r.chance(15)) t.comment = comment_text(r);
  return t;
}

bool add_table(World& w, Rng& r, Effects&) {
  w.tables.push_back(new_table(w, r, "t"));
  return true;
}

bool rename_table(World& w, Rng& r, Effects& e) {
  Table* t = pick_any(w.tables, r);
  if (!t) return false;
  t->name = fresh_name(w, r, "t");
  if (r.chance(50)) e.renamed.push_back(t->id);
  return true;
}

bool move_table_to_schema(World& w, Rng& r, Effects&) {
  Table* t = pick_any(w.tables, r);
  if (!t || w.schemas.empty()) return false;
  const Id before = t->schema;
  t->schema = pick_schema(w, r);
  return t->schema != before;
}

bool add_column(World& w, Rng& r, Effects&) {
  Table* t = pick_table(w, r);
  if (!t) return false;
  const Id id = t->id;
  Column c = random_column(w, r, t);
  w.table(id)->columns.push_back(c);
  return true;
}

bool drop_column(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r);
  if (!t) return false;
  w.remove(c->id);
  return true;
}

bool rename_column(World& w, Rng& r, Effects& e) {
  auto [t, c] = pick_column(w, r);
  if (!t) return false;
  const Id cid = c->id;
  const std::string after = fresh_name(w, r, "c");
  Column* col = w.column(cid);
  col->name = after;
  if (r.chance(50)) e.renamed.push_back(cid);
  return true;
}

// Widening changes: every value fits the new type.
bool widen_column_type(World& w, Rng& r, Effects&) {
  std::vector<Column*> candidates;
  for (auto& t : w.tables) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      Column& c = t.columns[i];
      if (c.follows || c.generated_from) continue;
      if (c.type.kind == TypeKind::Integer || (i > 0 && (c.type.kind == TypeKind::SmallInt || c.type.kind == TypeKind::Varchar))) {
        candidates.push_back(&c);
      }
    }
  }
  if (candidates.empty()) return false;
  Column& c = *r.pick(candidates);
  switch (c.type.kind) {
    case TypeKind::Integer: c.type.kind = TypeKind::BigInt; break;
    case TypeKind::SmallInt: c.type.kind = TypeKind::Integer; break;
    default: c.type = r.chance(50) ? ColumnType{TypeKind::Text} : ColumnType{TypeKind::Varchar, 0, c.type.length * 2}; break;
  }
  return true;
}

// Changes that need a cast (USING): the generated rows all convert.
bool cast_column_type(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r, [](const Column& c) { return !c.follows && !c.generated_from && c.identity == IdentityKind::None; });
  if (!t) return false;
  switch (c->type.kind) {
    case TypeKind::SmallInt:
    case TypeKind::BigInt:
    case TypeKind::Boolean:
    case TypeKind::Date:
    case TypeKind::Jsonb:
    case TypeKind::IntArray:
    case TypeKind::Enum:
    case TypeKind::Composite: c->type = {TypeKind::Text}; break;
    case TypeKind::Integer:
      if (!w.domains.empty() && r.chance(40)) c->type = {TypeKind::Domain, r.pick(w.domains).id};
      else c->type = {r.chance(50) ? TypeKind::Text : TypeKind::Numeric};
      break;
    case TypeKind::Numeric: c->type = {TypeKind::Integer}; break;
    case TypeKind::Domain: c->type = {TypeKind::Integer}; break;
    case TypeKind::Text: c->type = {TypeKind::Varchar, 0, 300}; break;
    case TypeKind::Varchar: c->type = {TypeKind::Text}; break;
  }
  return true;
}

bool toggle_not_null(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r, [](const Column& c) { return c.identity == IdentityKind::None; });
  if (!t) return false;
  c->not_null = !c->not_null;
  return true;
}

bool change_default(World& w, Rng& r, Effects&) {
  // Not on foreign key columns: a default drawn from a sequence would reference missing rows.
  auto [t, c] = pick_column(w, r, [](const Column& c) { return c.identity == IdentityKind::None && !c.generated_from && !c.follows; });
  if (!t) return false;
  const DefaultKind before = c->default_kind;
  const Id cid = c->id;
  DefaultKind kind = random_default(w, r);
  if (kind == before) kind = before == DefaultKind::None ? DefaultKind::Constant : DefaultKind::None;
  set_default(w, r, *w.column(cid), kind);
  return true;
}

bool add_identity(World& w, Rng& r, Effects&) {
  std::vector<Column*> candidates;
  for (auto& t : w.tables) {
    for (auto& c : t.columns) {
      if (integer_kind(c.type.kind) && c.identity == IdentityKind::None && !c.generated_from && !c.follows) candidates.push_back(&c);
    }
  }
  if (candidates.empty()) return false;
  Column& c = *r.pick(candidates);
  c.identity = r.chance(50) ? IdentityKind::Always : IdentityKind::ByDefault;
  c.default_kind = DefaultKind::None;
  c.not_null = true;
  return true;
}

bool drop_identity(World& w, Rng& r, Effects&) {
  std::vector<Column*> candidates;
  for (auto& t : w.tables) {
    for (auto& c : t.columns) {
      if (c.identity != IdentityKind::None) candidates.push_back(&c);
    }
  }
  if (candidates.empty()) return false;
  Column& c = *r.pick(candidates);
  if (r.chance(50)) c.identity = c.identity == IdentityKind::Always ? IdentityKind::ByDefault : IdentityKind::Always;
  else c.identity = IdentityKind::None;
  return true;
}

bool add_generated_column(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r, [](const Column& c) {
    return integer_kind(c.type.kind) && !c.generated_from && !c.follows && c.identity == IdentityKind::None;
  });
  if (!t) return false;
  Column* source = nullptr;
  for (size_t i = 1; i < t->columns.size(); ++i) {
    Column& s = t->columns[i];
    if (s.id != c->id && integer_kind(s.type.kind) && !s.generated_from && !s.follows) source = &s;
  }
  if (!source) return false;
  c->generated_from = source->id;
  c->default_kind = DefaultKind::None;
  return true;
}

bool drop_generated_expression(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r, [](const Column& c) { return c.generated_from != 0; });
  if (!t) return false;
  c->generated_from = 0;
  return true;
}

// ---- constraints -----------------------------------------------------------------------------

Constraint* pick_constraint(World& w, Rng& r, Constraint::Kind kind, Table** table = nullptr) {
  std::vector<std::pair<Table*, Constraint*>> candidates;
  for (auto& t : w.tables) {
    for (auto& k : t.constraints) {
      if (k.kind == kind) candidates.push_back({&t, &k});
    }
  }
  if (candidates.empty()) return nullptr;
  auto [t, k] = r.pick(candidates);
  if (table) *table = t;
  return k;
}

bool drop_constraint_of(World& w, Rng& r, Constraint::Kind kind) {
  Constraint* k = pick_constraint(w, r, kind);
  if (!k) return false;
  w.remove(k->id);
  return true;
}

bool add_primary_key(World& w, Rng& r, Effects&) {
  Table* t = pick_if(w.tables, r, [](const Table& t) { return !t.partition_of && !t.columns.empty() && !primary_key(t); });
  if (!t) return false;
  const Id id = t->id;
  Constraint pk;
  pk.kind = Constraint::PrimaryKey;
  pk.name = r.chance(50) ? "" : fresh_name(w, r, "pk");
  pk.id = w.take_id();
  Table* table = w.table(id);
  pk.columns = {table->columns.front().id};
  table->columns.front().not_null = true;
  table->constraints.push_back(pk);
  return true;
}

bool drop_primary_key(World& w, Rng& r, Effects&) { return drop_constraint_of(w, r, Constraint::PrimaryKey); }

bool add_unique(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r, [](const Column& c) {
    return integer_kind(c.type.kind) || c.type.kind == TypeKind::Text || c.type.kind == TypeKind::Varchar;
  });
  if (!t) return false;
  const Id tid = t->id, cid = c->id;
  Constraint k;
  k.kind = Constraint::Unique;
  k.name = fresh_name(w, r, "uq");
  k.id = w.take_id();
  k.columns = {cid};
  if (r.chance(30)) k.columns.insert(k.columns.begin(), w.table(tid)->columns.front().id);
  w.table(tid)->constraints.push_back(k);
  return true;
}

bool drop_unique(World& w, Rng& r, Effects&) { return drop_constraint_of(w, r, Constraint::Unique); }

bool add_check(World& w, Rng& r, Effects&) {
  auto [t, c] = pick_column(w, r);
  if (!t) return false;
  const Id tid = t->id, cid = c->id;
  Constraint k;
  k.kind = Constraint::Check;
  k.name = fresh_name(w, r, "ck");
  k.id = w.take_id();
  k.columns = {cid};
  k.check_variant = r.below(2);
  if (Function* f = pick_function(w, r, Function::Positive); f && r.chance(50)) k.references = f->id;
  w.table(tid)->constraints.push_back(k);
  return true;
}

bool drop_check(World& w, Rng& r, Effects&) { return drop_constraint_of(w, r, Constraint::Check); }

bool change_check(World& w, Rng& r, Effects&) {
  Constraint* k = pick_constraint(w, r, Constraint::Check);
  if (!k) return false;
  if (k->references && r.chance(50)) k->references = 0;
  else k->check_variant = 1 - k->check_variant;
  return true;
}

bool rename_constraint(World& w, Rng& r, Effects&) {
  std::vector<Constraint*> candidates;
  for (auto& t : w.tables) {
    for (auto& k : t.constraints) candidates.push_back(&k);
  }
  if (candidates.empty()) return false;
  Constraint* k = r.pick(candidates);
  const Id kid = k->id;
  const std::string name = fresh_name(w, r, "k");
  for (auto& t : w.tables) {
    for (auto& c : t.constraints) {
      if (c.id == kid) c.name = name;
    }
  }
  return true;
}

// A foreign key from `from` to `to`'s primary key, through a new column of the key's type.
bool link(World& w, Rng& r, Id from, Id to) {
  Table* target = w.table(to);
  const Constraint* key = target ? primary_key(*target) : nullptr;
  if (!key || key->columns.size() != 1 || !w.table(from) || w.table(from)->partition_of) return false;
  const Column* key_column = w.column(key->columns.front());
  Column c;
  c.name = fresh_name(w, r, "ref");
  c.id = w.take_id();
  c.type = key_column->type;
  c.follows = key_column->id;
  Constraint k;
  k.kind = Constraint::ForeignKey;
  k.name = fresh_name(w, r, "fk");
  k.id = w.take_id();
  k.columns = {c.id};
  k.references = to;
  k.on_delete = std::vector<std::string>{"", "", "CASCADE", "SET NULL"}[static_cast<size_t>(r.below(4))];
  k.deferrable = r.chance(20);
  Table* source = w.table(from);
  source->columns.push_back(c);
  source->constraints.push_back(k);
  return true;
}

std::vector<Id> keyed_tables(const World& w) {
  std::vector<Id> ids;
  for (const auto& t : w.tables) {
    if (!t.partition_of && primary_key(t)) ids.push_back(t.id);
  }
  return ids;
}

bool add_foreign_key(World& w, Rng& r, Effects&) {
  auto keyed = keyed_tables(w);
  Table* from = pick_table(w, r);
  if (keyed.empty() || !from) return false;
  return link(w, r, from->id, r.pick(keyed));
}

bool add_foreign_key_cycle(World& w, Rng& r, Effects&) {
  auto keyed = keyed_tables(w);
  if (keyed.size() < 2) return false;
  const Id a = r.pick(keyed), b = r.pick(keyed);
  if (a == b) return false;
  return link(w, r, a, b) && link(w, r, b, a);
}

bool drop_foreign_key(World& w, Rng& r, Effects&) { return drop_constraint_of(w, r, Constraint::ForeignKey); }

bool change_foreign_key(World& w, Rng& r, Effects&) {
  Constraint* k = pick_constraint(w, r, Constraint::ForeignKey);
  if (!k) return false;
  if (r.chance(50)) k->deferrable = !k->deferrable;
  else k->on_delete = k->on_delete.empty() ? "CASCADE" : "";
  return true;
}

// ---- indexes, views ----------------------------------------------------------------------------

bool add_index(World& w, Rng& r, Effects&) {
  Table* t = pick_table(w, r);
  if (!t) return false;
  const Id tid = t->id;
  Index i;
  i.table = tid;
  i.name = fresh_name(w, r, "ix");
  i.id = w.take_id();
  const auto& columns = w.table(tid)->columns;
  i.columns = {columns[static_cast<size_t>(r.below(static_cast<int>(columns.size())))].id};
  if (r.chance(25) && columns.size() > 1) {
    Id second = columns[static_cast<size_t>(r.below(static_cast<int>(columns.size())))].id;
    if (second != i.columns.front()) i.columns.push_back(second);
  }
  i.unique = r.chance(15);
  i.partial = r.chance(25);
  i.expression = !i.unique && r.chance(30);
  w.indexes.push_back(i);
  return true;
}

bool change_index(World& w, Rng& r, Effects&) {
  Index* i = pick_any(w.indexes, r);
  if (!i) return false;
  switch (r.below(3)) {
    case 0: i->partial = !i->partial; break;
    case 1: i->expression = !i->expression; break;
    default: i->unique = !i->unique; break;
  }
  return true;
}

View new_view(World& w, Rng& r, Id base, const std::vector<const Column*>& available) {
  View v;
  v.schema = pick_schema(w, r);
  v.name = fresh_name(w, r, "v");
  v.id = w.take_id();
  v.base = base;
  for (const Column* c : available) {
    if (r.chance(70)) v.columns.push_back(c->id);
  }
  v.filtered = r.chance(30);
  return v;
}

bool add_view(World& w, Rng& r, Effects&) {
  Table* t = pick_any(w.tables, r);
  if (!t) return false;
  const Id tid = t->id;
  auto available = w.all_columns(*t);
  View v = new_view(w, r, tid, available);
  v.materialized = r.chance(20);
  w.views.push_back(v);
  return true;
}

bool add_view_on_view(World& w, Rng& r, Effects&) {
  View* b = pick_any(w.views, r);
  if (!b) return false;
  const View base = *b;
  View v = new_view(w, r, base.id, w.view_columns(base));
  w.views.push_back(v);
  return true;
}

bool change_view_columns(World& w, Rng& r, Effects&) {
  View* v = pick_any(w.views, r);
  if (!v) return false;
  if (!v->columns.empty() && r.chance(50)) {
    v->columns.erase(v->columns.begin() + r.below(static_cast<int>(v->columns.size())));
    return true;
  }
  std::vector<const Column*> available;
  if (const Table* t = w.table(v->base)) available = w.all_columns(*t);
  else if (const View* b = w.view(v->base)) available = w.view_columns(*b);
  for (const Column* c : available) {
    if (std::find(v->columns.begin(), v->columns.end(), c->id) == v->columns.end()) {
      v->columns.push_back(c->id);
      return true;
    }
  }
  v->filtered = !v->filtered;
  return true;
}

// ---- triggers, policies, comments, grants ------------------------------------------------------

bool add_trigger(World& w, Rng& r, Effects& e) {
  Table* t = pick_any(w.tables, r);
  if (!t) return false;
  const Id tid = t->id;
  Function* f = pick_function(w, r, Function::Trigger);
  if (!f) {
    add_function(w, r, e);
    w.functions.back().kind = Function::Trigger;
    f = &w.functions.back();
  }
  Trigger tr;
  tr.table = tid;
  tr.function = f->id;
  tr.name = fresh_name(w, r, "trg");
  tr.id = w.take_id();
  tr.on_update = r.chance(50);
  w.triggers.push_back(tr);
  return true;
}

bool change_trigger(World& w, Rng& r, Effects&) {
  Trigger* t = pick_any(w.triggers, r);
  if (!t) return false;
  t->on_update = !t->on_update;
  return true;
}

bool add_policy(World& w, Rng& r, Effects&) {
  Table* t = pick_table(w, r);
  if (!t) return false;
  t->row_security = true;
  const Id tid = t->id;
  const Id column = t->columns[static_cast<size_t>(r.below(static_cast<int>(t->columns.size())))].id;
  Policy p;
  p.table = tid;
  p.column = column;
  p.name = fresh_name(w, r, "pol");
  p.id = w.take_id();
  p.command = std::vector<std::string>{"ALL", "SELECT", "INSERT", "DELETE"}[static_cast<size_t>(r.below(4))];
  w.policies.push_back(p);
  return true;
}

bool change_policy(World& w, Rng& r, Effects&) {
  Policy* p = pick_any(w.policies, r);
  if (!p) return false;
  p->command = p->command == "ALL" ? "SELECT" : "ALL";
  return true;
}

bool toggle_row_security(World& w, Rng& r, Effects&) {
  Table* t = pick_table(w, r);
  if (!t) return false;
  t->row_security = !t->row_security;
  return true;
}

bool change_comment(World& w, Rng& r, Effects&) {
  switch (r.below(3)) {
    case 0: {
      Table* t = pick_any(w.tables, r);
      if (!t) return false;
      t->comment = t->comment.empty() ? comment_text(r) : r.chance(50) ? "" : t->comment + " changed";
      return true;
    }
    case 1: {
      auto [t, c] = pick_column(w, r);
      if (!t) return false;
      c->comment = c->comment.empty() ? comment_text(r) : "";
      return true;
    }
    default: {
      View* v = pick_any(w.views, r);
      if (!v) return false;
      v->comment = v->comment.empty() ? comment_text(r) : "";
      return true;
    }
  }
}

bool toggle_grant(World& w, Rng& r, Effects&) {
  Table* t = pick_any(w.tables, r);
  if (!t) return false;
  t->granted = !t->granted;
  return true;
}

// ---- partitions and inheritance ------------------------------------------------------------------

void add_partition_to(World& w, Rng& r, Id parent, int bound) {
  Table p;
  p.schema = w.table(parent)->schema;
  p.name = fresh_name(w, r, "part");
  p.id = w.take_id();
  p.partition_of = parent;
  p.bound = bound;
  w.tables.push_back(p);
}

bool add_partitioned_table(World& w, Rng& r, Effects&) {
  Table t = new_table(w, r, "pt");
  t.partitioned = true;
  t.columns.front().identity = IdentityKind::None;
  const Id id = t.id;
  w.tables.push_back(t);
  add_partition_to(w, r, id, 0);
  if (r.chance(50)) add_partition_to(w, r, id, 1);
  if (r.chance(30)) add_partition_to(w, r, id, -1);
  return true;
}

int next_bound(const World& w, Id parent) {
  int bound = 0;
  for (const auto& t : w.tables) {
    if (t.partition_of == parent && t.bound >= bound) bound = t.bound + 1;
  }
  return bound;
}

bool add_partition(World& w, Rng& r, Effects&) {
  Table* t = pick_if(w.tables, r, [](const Table& t) { return t.partitioned; });
  if (!t) return false;
  const Id id = t->id;
  add_partition_to(w, r, id, next_bound(w, id));
  return true;
}

bool drop_partition(World& w, Rng& r, Effects&) {
  Table* t = pick_if(w.tables, r, [](const Table& t) { return t.partition_of != 0; });
  if (!t) return false;
  w.remove(t->id);
  return true;
}

bool to_partitioned(World& w, Rng& r, Effects&) {
  // The key is the first column and the bounds are integers (FROM (0) TO (1000)): a table whose
  // first column is a date (a child that left its parent keeps only its own) cannot take them.
  auto integer_key = [](const Table& t) {
    const TypeKind kind = t.columns.front().type.kind;
    return kind == TypeKind::SmallInt || kind == TypeKind::Integer || kind == TypeKind::BigInt;
  };
  Table* t = pick_if(w.tables, r, [&](const Table& t) {
    return !t.partitioned && !t.partition_of && !t.inherits && !t.columns.empty() && integer_key(t) &&
           std::none_of(w.tables.begin(), w.tables.end(), [&](const Table& o) { return o.inherits == t.id; });
  });
  if (!t) return false;
  t->partitioned = true;
  t->columns.front().identity = IdentityKind::None;
  const Id id = t->id;
  if (next_bound(w, id) == 0) add_partition_to(w, r, id, 0);
  return true;
}

bool to_regular(World& w, Rng& r, Effects&) {
  Table* t = pick_if(w.tables, r, [](const Table& t) { return t.partitioned; });
  if (!t) return false;
  t->partitioned = false;
  return true;
}

bool add_inherited_table(World& w, Rng& r, Effects&) {
  Table* parent = pick_if(w.tables, r, [](const Table& t) { return !t.partitioned && !t.partition_of && !t.inherits && !t.columns.empty(); });
  if (!parent) return false;
  const Id pid = parent->id;
  Table child;
  child.schema = pick_schema(w, r);
  child.name = fresh_name(w, r, "child");
  child.id = w.take_id();
  child.inherits = pid;
  for (int i = 0, n = 1 + r.below(2); i < n; ++i) child.columns.push_back(random_column(w, r, nullptr));
  w.tables.push_back(child);
  return true;
}

bool set_inherits(World& w, Rng& r, Effects&) {
  Table* parent = pick_if(w.tables, r, [](const Table& t) { return !t.partitioned && !t.partition_of && !t.inherits && !t.columns.empty(); });
  if (!parent) return false;
  const Id pid = parent->id;
  // A column the child has under a parent's column name merges with it: PostgreSQL refuses
  // another type, and generated or identity columns on either side.
  const Table parent_copy = *parent;
  auto merges = [&](const Table& t) {
    return std::all_of(t.columns.begin(), t.columns.end(), [&](const Column& c) {
      return std::all_of(parent_copy.columns.begin(), parent_copy.columns.end(), [&](const Column& p) {
        return p.name != c.name || (p.type.kind == c.type.kind && p.type.ref == c.type.ref && p.type.length == c.type.length &&
                                    !p.generated_from && !c.generated_from && !p.follows && !c.follows &&
                                    p.identity == IdentityKind::None && c.identity == IdentityKind::None);
      });
    });
  };
  Table* child = pick_if(w.tables, r, [&](const Table& t) {
    return t.id != pid && !t.partitioned && !t.partition_of && !t.inherits && merges(t) &&
           std::none_of(w.tables.begin(), w.tables.end(), [&](const Table& o) { return o.inherits == t.id; });
  });
  if (!child) return false;
  child->inherits = pid;
  return true;
}

bool drop_inherits(World& w, Rng& r, Effects&) {
  Table* t = pick_if(w.tables, r, [](const Table& t) { return t.inherits != 0; });
  if (!t) return false;
  t->inherits = 0;
  return true;
}

}  // namespace

const std::vector<Mutation>& catalogue() {
  static const std::vector<Mutation> mutations{
      {"add_schema", add_schema, true},
      {"drop_schema", drop_any<&World::schemas>, false},
      {"rename_schema", rename_any<&World::schemas>, false},
      {"add_enum", add_enum, true},
      {"enum_add_value", enum_add_value, false},
      {"enum_remove_value", enum_remove_value, false},
      {"enum_reorder", enum_reorder, false},
      {"enum_rename_value", enum_rename_value, false},
      {"drop_enum", drop_any<&World::enums>, false},
      {"add_domain", add_domain, true},
      {"domain_change_check", domain_change_check, false},
      {"domain_toggle_not_null", domain_toggle_not_null, false},
      {"drop_domain", drop_any<&World::domains>, false},
      {"add_composite", add_composite, true},
      {"composite_add_attribute", composite_add_attribute, false},
      {"composite_drop_attribute", composite_drop_attribute, false},
      {"drop_composite", drop_any<&World::composites>, false},
      {"add_sequence", add_sequence, true},
      {"drop_sequence", drop_any<&World::sequences>, false},
      {"alter_sequence", alter_sequence, false},
      {"change_sequence_owner", change_sequence_owner, false},
      {"rename_sequence", rename_any<&World::sequences>, false},
      {"add_function", add_function, true},
      {"drop_function", drop_any<&World::functions>, false},
      {"change_function_body", change_function_body, false},
      {"change_function_language", change_function_language, false},
      {"rename_function", rename_any<&World::functions>, false},
      {"add_table", add_table, true},
      {"drop_table", drop_any<&World::tables>, false},
      {"rename_table", rename_table, false},
      {"move_table_to_schema", move_table_to_schema, false},
      {"add_column", add_column, true},
      {"drop_column", drop_column, false},
      {"rename_column", rename_column, false},
      {"widen_column_type", widen_column_type, false},
      {"cast_column_type", cast_column_type, false},
      {"toggle_not_null", toggle_not_null, false},
      {"change_default", change_default, false},
      {"add_identity", add_identity, false},
      {"drop_identity", drop_identity, false},
      {"add_generated_column", add_generated_column, false},
      {"drop_generated_expression", drop_generated_expression, false},
      {"add_primary_key", add_primary_key, false},
      {"drop_primary_key", drop_primary_key, false},
      {"add_unique", add_unique, true},
      {"drop_unique", drop_unique, false},
      {"add_check", add_check, true},
      {"drop_check", drop_check, false},
      {"change_check", change_check, false},
      {"rename_constraint", rename_constraint, false},
      {"add_foreign_key", add_foreign_key, true},
      {"add_foreign_key_cycle", add_foreign_key_cycle, true},
      {"drop_foreign_key", drop_foreign_key, false},
      {"change_foreign_key", change_foreign_key, false},
      {"add_index", add_index, true},
      {"drop_index", drop_any<&World::indexes>, false},
      {"change_index", change_index, false},
      {"rename_index", rename_any<&World::indexes>, false},
      {"add_view", add_view, true},
      {"add_view_on_view", add_view_on_view, true},
      {"drop_view", drop_any<&World::views>, false},
      {"rename_view", rename_any<&World::views>, false},
      {"change_view_columns", change_view_columns, false},
      {"add_trigger", add_trigger, true},
      {"drop_trigger", drop_any<&World::triggers>, false},
      {"change_trigger", change_trigger, false},
      {"add_policy", add_policy, true},
      {"drop_policy", drop_any<&World::policies>, false},
      {"change_policy", change_policy, false},
      {"toggle_row_security", toggle_row_security, false},
      {"change_comment", change_comment, true},
      {"toggle_grant", toggle_grant, true},
      {"add_partitioned_table", add_partitioned_table, true},
      {"add_partition", add_partition, false},
      {"drop_partition", drop_partition, false},
      {"to_partitioned", to_partitioned, false},
      {"to_regular", to_regular, false},
      {"add_inherited_table", add_inherited_table, true},
      {"set_inherits", set_inherits, false},
      {"drop_inherits", drop_inherits, false},
  };
  return mutations;
}

const Mutation* find_mutation(const std::string& name) {
  for (const auto& m : catalogue()) {
    if (name == m.name) return &m;
  }
  return nullptr;
}

World random_world(std::uint64_t seed, const std::set<std::string>& excluded) {
  Rng r(seed);
  World w;
  Effects ignored;
  auto build = [&](const char* name, int times) {
    const Mutation* m = find_mutation(name);
    if (excluded.count(name)) return;
    for (int i = 0; i < times; ++i) m->apply(w, r, ignored);
  };
  // Types and routines first, so that the tables can use them; then a few of everything else.
  build("add_schema", r.below(3));
  build("add_enum", r.below(2));
  build("add_domain", r.below(2));
  build("add_composite", r.chance(20) ? 1 : 0);
  build("add_function", r.below(3));
  build("add_sequence", r.below(2));
  build("add_table", 2 + r.below(3));
  std::vector<const Mutation*> builders;
  for (const auto& m : catalogue()) {
    if (m.builds && !excluded.count(m.name)) builders.push_back(&m);
  }
  for (int i = 0, n = 3 + r.below(6); i < n && !builders.empty(); ++i) builders[static_cast<size_t>(r.below(static_cast<int>(builders.size())))]->apply(w, r, ignored);
  return w;
}

std::string declared_rename(const World& a, const World& b, Id id, const std::vector<Id>& declared) {
  // A table or column moved to another schema meanwhile is no rename (--rename keeps the schema).
  if (const Table *from = a.table(id), *to = b.table(id); from && to) {
    if (schema_name(a, from->schema) != schema_name(b, to->schema)) return "";
    return rename_line("table", schema_name(b, to->schema), "", from->name, to->name);
  }
  const auto [from_table, from] = a.column(id);
  const auto [to_table, to] = b.column(id);
  if (!from || !to || schema_name(a, from_table->schema) != schema_name(b, to_table->schema)) return "";
  if (from_table->name != to_table->name &&
      (std::find(declared.begin(), declared.end(), to_table->id) == declared.end() || declared_rename(a, b, to_table->id, declared).empty())) {
    return "";
  }
  // A column's table is named as TARGET names it (renamed too, or not).
  return rename_line("column", schema_name(b, to_table->schema), to_table->name, from->name, to->name);
}

}  // namespace schemadelta::fuzz
