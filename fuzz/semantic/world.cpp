#include "fuzz/semantic/world.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace schemadelta::fuzz {

namespace {

// Our own quoting (always quoted), independent of the generator's: the fuzzer must not share the
// code it judges.
std::string ident(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

const Schema public_schema{0, "public"};

template <typename T>
auto find_by_id(T& items, Id id) -> decltype(&items.front()) {
  for (auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

bool integer_like(TypeKind kind) {
  return kind == TypeKind::SmallInt || kind == TypeKind::Integer || kind == TypeKind::BigInt || kind == TypeKind::Numeric ||
         kind == TypeKind::Domain;
}

// Writes the DDL of a world; `rendered` holds the ids written so far, so that an object is written
// only when what it needs was.
class Renderer {
 public:
  explicit Renderer(const World& world) : w_(world) {}

  std::string run() {
    for (const auto& s : w_.schemas) out_ << "CREATE SCHEMA " << ident(s.name) << ";\n";
    for (const auto& e : w_.enums) enum_type(e);
    for (const auto& d : w_.domains) domain(d);
    for (const auto& c : w_.composites) composite(c);
    for (const auto& s : w_.sequences) sequence(s);
    for (const auto& f : w_.functions) function(f);
    tables();
    for (const auto& t : w_.tables) constraints(t, false);
    for (const auto& t : w_.tables) constraints(t, true);  // foreign keys once every key exists
    for (const auto& i : w_.indexes) index(i);
    for (const auto& v : w_.views) view(v);
    for (const auto& t : w_.triggers) trigger(t);
    for (const auto& t : w_.tables) table_extras(t);
    for (const auto& p : w_.policies) policy(p);
    for (const auto& s : w_.sequences) sequence_owner(s);
    return out_.str();
  }

 private:
  const World& w_;
  std::ostringstream out_;
  std::set<Id> rendered_;

  bool has(Id id) const { return rendered_.count(id) > 0; }

 public:
  const std::set<Id>& written() const { return rendered_; }

 private:

  std::string qualified(Id schema, const std::string& name) const {
    const Schema* s = w_.schema(schema);
    return ident(s ? s->name : "public") + "." + ident(name);
  }

  bool schema_ok(Id schema) const { return schema == 0 || has(schema) || w_.schema(schema); }

  void enum_type(const EnumType& e) {
    if (!w_.schema(e.schema)) return;
    out_ << "CREATE TYPE " << qualified(e.schema, e.name) << " AS ENUM (";
    for (size_t i = 0; i < e.labels.size(); ++i) out_ << (i ? ", " : "") << literal(e.labels[i]);
    out_ << ");\n";
    rendered_.insert(e.id);
  }

  void domain(const Domain& d) {
    if (!w_.schema(d.schema)) return;
    out_ << "CREATE DOMAIN " << qualified(d.schema, d.name) << " AS integer" << (d.not_null ? " NOT NULL" : "")
         << " CONSTRAINT " << ident(d.name + "_check") << " CHECK (VALUE > " << -1000000 * (d.variant + 1) << ");\n";
    rendered_.insert(d.id);
  }

  void composite(const Composite& c) {
    if (!w_.schema(c.schema)) return;
    out_ << "CREATE TYPE " << qualified(c.schema, c.name) << " AS (";
    for (size_t i = 0; i < c.attributes.size(); ++i) {
      out_ << (i ? ", " : "") << ident(c.attributes[i].first) << " " << (c.attributes[i].second == TypeKind::Text ? "text" : "integer");
    }
    out_ << ");\n";
    rendered_.insert(c.id);
  }

  void sequence(const Sequence& s) {
    if (!w_.schema(s.schema)) return;
    out_ << "CREATE SEQUENCE " << qualified(s.schema, s.name) << " INCREMENT BY " << s.increment << ";\n";
    rendered_.insert(s.id);
  }

  void function(const Function& f) {
    if (!w_.schema(f.schema)) return;
    const std::string n = std::to_string(f.variant);
    std::string head, result;  // the signature, and the expression the body returns
    switch (f.kind) {
      case Function::Increment: head = "(v integer) RETURNS integer", result = "v + " + n; break;
      case Function::Positive: head = "(v integer) RETURNS boolean", result = "v > -" + n + "000000"; break;
      case Function::Constant: head = "() RETURNS integer", result = n; break;
      case Function::Trigger: head = "() RETURNS trigger", result = "NEW"; break;
    }
    const std::string body = f.kind == Function::Trigger ? "BEGIN PERFORM " + n + "; RETURN NEW; END"
                             : f.plpgsql                ? "BEGIN RETURN " + result + "; END"
                                                        : "SELECT " + result;
    const bool plpgsql = f.plpgsql || f.kind == Function::Trigger;
    out_ << "CREATE FUNCTION " << qualified(f.schema, f.name) << head << " LANGUAGE " << (plpgsql ? "plpgsql" : "sql")
         << (f.kind == Function::Trigger ? "" : " IMMUTABLE") << " AS $body$" << body << "$body$;\n";
    rendered_.insert(f.id);
  }

  // The function of a kind, if it is written.
  const Function* usable_function(Id id, Function::Kind kind) const {
    const Function* f = w_.function(id);
    return f && f->kind == kind && has(id) ? f : nullptr;
  }

 public:
  // The type a column has once written: a foreign key column takes the referenced column's, a
  // missing enum/domain/composite falls back to text.
  ColumnType effective_type(const Column& c) const {
    if (c.follows) {
      if (const Column* target = const_cast<World&>(w_).column(c.follows); target && target->id != c.id) return effective_type(*target);
    }
    ColumnType type = c.type;
    if ((type.kind == TypeKind::Enum || type.kind == TypeKind::Domain || type.kind == TypeKind::Composite) && !has(type.ref)) {
      type = {TypeKind::Text, 0, 0};
    }
    return type;
  }

 private:
  std::string type_sql(const ColumnType& t) const {
    switch (t.kind) {
      case TypeKind::SmallInt: return "smallint";
      case TypeKind::Integer: return "integer";
      case TypeKind::BigInt: return "bigint";
      case TypeKind::Numeric: return "numeric(12,2)";
      case TypeKind::Text: return "text";
      case TypeKind::Varchar: return "character varying(" + std::to_string(t.length) + ")";
      case TypeKind::Boolean: return "boolean";
      case TypeKind::Date: return "date";
      case TypeKind::Jsonb: return "jsonb";
      case TypeKind::IntArray: return "integer[]";
      case TypeKind::Enum: {
        for (const auto& e : w_.enums) {
          if (e.id == t.ref) return qualified(e.schema, e.name);
        }
        break;
      }
      case TypeKind::Domain: {
        for (const auto& d : w_.domains) {
          if (d.id == t.ref) return qualified(d.schema, d.name);
        }
        break;
      }
      case TypeKind::Composite: {
        for (const auto& c : w_.composites) {
          if (c.id == t.ref) return qualified(c.schema, c.name);
        }
        break;
      }
    }
    return "text";
  }

  const EnumType* enum_of(const ColumnType& t) const {
    for (const auto& e : w_.enums) {
      if (e.id == t.ref) return &e;
    }
    return nullptr;
  }

  // A constant of the type; `other` picks a second one.
  std::string constant(const ColumnType& t, bool other) const {
    switch (t.kind) {
      case TypeKind::SmallInt:
      case TypeKind::Integer:
      case TypeKind::BigInt:
      case TypeKind::Domain: return other ? "42" : "0";
      case TypeKind::Numeric: return other ? "4.5" : "0";
      case TypeKind::Text:
      case TypeKind::Varchar: return other ? "'other value'" : "'none'";
      case TypeKind::Boolean: return other ? "false" : "true";
      case TypeKind::Date: return other ? "'2020-02-02'" : "'2000-01-01'";
      case TypeKind::Jsonb: return other ? "'[]'" : "'{}'";
      case TypeKind::IntArray: return other ? "'{1}'" : "'{}'";
      case TypeKind::Enum: {
        const EnumType* e = enum_of(t);
        if (!e || e->labels.empty()) return "";
        return literal(other ? e->labels.back() : e->labels.front());
      }
      case TypeKind::Composite: return "";
    }
    return "";
  }

  std::string default_sql(const Column& c, const ColumnType& t) const {
    switch (c.default_kind) {
      case DefaultKind::None: return "";
      case DefaultKind::Constant: return constant(t, false);
      case DefaultKind::OtherConstant: return constant(t, true);
      case DefaultKind::Function:
        if (const Function* f = usable_function(c.default_ref, Function::Constant); f && integer_like(t.kind)) {
          return qualified(f->schema, f->name) + "()";
        }
        return constant(t, false);
      case DefaultKind::Sequence:
        if ((t.kind == TypeKind::Integer || t.kind == TypeKind::BigInt) && has(c.default_ref)) {
          for (const auto& s : w_.sequences) {
            if (s.id == c.default_ref) return "nextval(" + literal(qualified(s.schema, s.name)) + "::regclass)";
          }
        }
        return constant(t, false);
    }
    return "";
  }

  bool plain_table(const Table& t) const { return !t.partitioned && !t.partition_of && !effective_inherits(t) && !inherited(t); }

  bool inherited(const Table& t) const {
    return std::any_of(w_.tables.begin(), w_.tables.end(), [&](const Table& o) { return o.inherits == t.id && effective_inherits(o); });
  }

  // Inheritance holds between regular tables only.
  bool effective_inherits(const Table& t) const {
    if (!t.inherits || t.partitioned || t.partition_of) return false;
    const Table* parent = w_.table(t.inherits);
    return parent && !parent->partitioned && !parent->partition_of && !parent->inherits && parent->id != t.id;
  }

  std::string column_sql(const Table& t, const Column& c) const {
    const ColumnType type = effective_type(c);
    std::string sql = ident(c.name) + " " + type_sql(type);
    const bool first = !t.columns.empty() && t.columns.front().id == c.id;
    const Column* source = c.generated_from ? const_cast<World&>(w_).column(c.generated_from) : nullptr;
    bool source_ok = source && source->id != c.id && !source->generated_from && integer_like(effective_type(*source).kind) &&
                     std::any_of(t.columns.begin(), t.columns.end(), [&](const Column& o) { return o.id == source->id; });
    if (source_ok && integer_like(type.kind) && type.kind != TypeKind::Domain && !first && !c.follows) {
      sql += " GENERATED ALWAYS AS (" + ident(source->name) + " * 2) STORED";
      return sql;
    }
    if (c.identity != IdentityKind::None && plain_table(t) && !c.follows &&
        (type.kind == TypeKind::Integer || type.kind == TypeKind::BigInt || type.kind == TypeKind::SmallInt)) {
      return sql + (c.identity == IdentityKind::Always ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
    }
    if (c.not_null) sql += " NOT NULL";
    if (std::string d = default_sql(c, type); !d.empty()) sql += " DEFAULT " + d;
    return sql;
  }

  void tables() {
    // Parents (inheritance, partitioning) before their children.
    std::vector<const Table*> waiting;
    for (const auto& t : w_.tables) waiting.push_back(&t);
    for (bool progress = true; progress && !waiting.empty();) {
      progress = false;
      for (auto it = waiting.begin(); it != waiting.end();) {
        const Table& t = **it;
        int state = table_ready(t);
        if (state == 0) {
          ++it;
          continue;
        }
        if (state > 0) create_table(t);
        it = waiting.erase(it);
        progress = true;
      }
    }
  }

  // 1: can be written now, 0: wait for its parent, -1: never.
  int table_ready(const Table& t) const {
    if (!w_.schema(t.schema)) return -1;
    if (t.partition_of) {
      const Table* parent = w_.table(t.partition_of);
      if (!parent || !parent->partitioned || parent->partition_of) return -1;
      return has(parent->id) ? 1 : 0;
    }
    if (effective_inherits(t) && !has(t.inherits)) return w_.table(t.inherits) ? 0 : -1;
    return 1;
  }

  void create_table(const Table& t) {
    const std::string name = qualified(t.schema, t.name);
    if (t.partition_of) {
      const Table* parent = w_.table(t.partition_of);
      out_ << "CREATE TABLE " << name << " PARTITION OF " << qualified(parent->schema, parent->name);
      if (t.bound < 0) out_ << " DEFAULT;\n";
      else out_ << " FOR VALUES FROM (" << t.bound * 1000 << ") TO (" << (t.bound + 1) * 1000 << ");\n";
      rendered_.insert(t.id);
      return;
    }
    out_ << "CREATE TABLE " << name << " (";
    // A child's own column of its parent's name is the parent's column (PostgreSQL merges them
    // and requires one type): written with the parent's type, which a mutation of the parent
    // may have changed since.
    const Table* parent = effective_inherits(t) ? w_.table(t.inherits) : nullptr;
    for (size_t i = 0; i < t.columns.size(); ++i) {
      Column shown = t.columns[i];
      if (parent) {
        for (const auto& inherited : parent->columns) {
          if (inherited.name == shown.name) shown.type = inherited.type;
        }
      }
      out_ << (i ? ", " : "") << "\n    " << column_sql(t, shown);
    }
    out_ << "\n)";
    if (parent) out_ << " INHERITS (" << qualified(parent->schema, parent->name) << ")";
    if (t.partitioned && !t.columns.empty()) out_ << " PARTITION BY RANGE (" << ident(t.columns.front().name) << ")";
    out_ << ";\n";
    rendered_.insert(t.id);
    for (const auto& c : t.columns) rendered_.insert(c.id);
  }

  bool own_columns(const Table& t, const std::vector<Id>& ids) const {
    if (ids.empty()) return false;
    auto all = w_.all_columns(t);
    return std::all_of(ids.begin(), ids.end(), [&](Id id) {
      return std::any_of(all.begin(), all.end(), [&](const Column* c) { return c->id == id && has(c->id); });
    });
  }

  std::string column_list(const std::vector<Id>& ids) const {
    std::string out;
    for (Id id : ids) out += (out.empty() ? "" : ", ") + ident(const_cast<World&>(w_).column(id)->name);
    return out;
  }

  // The key a unique constraint or index on a partitioned table must hold: its partition column.
  bool holds_partition_key(const Table& t, const std::vector<Id>& ids) const {
    return !t.partitioned || (!t.columns.empty() && std::find(ids.begin(), ids.end(), t.columns.front().id) != ids.end());
  }

  const Constraint* primary_key(const Table& t) const {
    for (const auto& c : t.constraints) {
      if (c.kind == Constraint::PrimaryKey && has(c.id)) return &c;
    }
    return nullptr;
  }

  std::string check_sql(const Constraint& k) const {
    const Column* c = const_cast<World&>(w_).column(k.columns.front());
    const ColumnType t = effective_type(*c);
    const std::string col = ident(c->name);
    if (t.kind == TypeKind::Integer || t.kind == TypeKind::SmallInt || t.kind == TypeKind::Domain) {
      if (const Function* f = usable_function(k.references, Function::Positive)) return qualified(f->schema, f->name) + "(" + col + ")";
    }
    if (integer_like(t.kind)) return k.check_variant % 2 ? col + " > -1000000" : col + " <> -12345";
    if (t.kind == TypeKind::Text || t.kind == TypeKind::Varchar) return k.check_variant % 2 ? "length(" + col + ") < 500" : col + " <> 'forbidden'";
    if (t.kind == TypeKind::Date) return col + " > '1900-01-01'";
    return k.check_variant % 2 ? col + " IS NOT NULL OR " + col + " IS NULL" : col + " IS NULL OR " + col + " IS NOT NULL";
  }

  void constraints(const Table& t, bool foreign) {
    if (!has(t.id) || t.partition_of) return;
    const std::string table = qualified(t.schema, t.name);
    for (const auto& k : t.constraints) {
      if ((k.kind == Constraint::ForeignKey) != foreign || !own_columns(t, k.columns)) continue;
      std::string body;
      switch (k.kind) {
        case Constraint::PrimaryKey:
          if (primary_key(t) || !holds_partition_key(t, k.columns)) continue;
          body = "PRIMARY KEY (" + column_list(k.columns) + ")";
          break;
        case Constraint::Unique:
          if (!holds_partition_key(t, k.columns)) continue;
          body = "UNIQUE (" + column_list(k.columns) + ")";
          break;
        case Constraint::Check: body = "CHECK (" + check_sql(k) + ")"; break;
        case Constraint::ForeignKey: {
          const Table* target = w_.table(k.references);
          const Constraint* key = target && has(target->id) ? primary_key(*target) : nullptr;
          if (!key || key->columns.size() != k.columns.size()) continue;
          bool types_follow = true;
          for (size_t i = 0; i < k.columns.size(); ++i) {
            types_follow = types_follow && const_cast<World&>(w_).column(k.columns[i])->follows == key->columns[i];
          }
          if (!types_follow) continue;
          body = "FOREIGN KEY (" + column_list(k.columns) + ") REFERENCES " + qualified(target->schema, target->name) + " (" +
                 column_list(key->columns) + ")";
          if (!k.on_delete.empty()) body += " ON DELETE " + k.on_delete;
          if (k.deferrable) body += " DEFERRABLE INITIALLY DEFERRED";
          break;
        }
      }
      out_ << "ALTER TABLE " << table << " ADD";
      if (!k.name.empty()) out_ << " CONSTRAINT " << ident(k.name);
      out_ << " " << body << ";\n";
      rendered_.insert(k.id);
    }
  }

  void index(const Index& i) {
    const Table* t = w_.table(i.table);
    if (!t || !has(t->id) || !own_columns(*t, i.columns)) return;
    if (i.unique && !holds_partition_key(*t, i.columns)) return;
    const Column* first = const_cast<World&>(w_).column(i.columns.front());
    const ColumnType type = effective_type(*first);
    std::string elements = column_list(i.columns);
    if (i.expression && !i.unique) {
      const Function* inc = nullptr;
      for (const auto& f : w_.functions) {
        if (f.kind == Function::Increment && f.schema == t->schema && has(f.id)) inc = &f;
      }
      if (inc && (type.kind == TypeKind::Integer || type.kind == TypeKind::SmallInt)) {
        elements = qualified(inc->schema, inc->name) + "(" + ident(first->name) + ")";
      } else if (type.kind == TypeKind::Text || type.kind == TypeKind::Varchar) {
        elements = "lower(" + ident(first->name) + ")";
      }
      if (elements.find('(') != std::string::npos) elements = "(" + elements + ")";
    }
    out_ << "CREATE " << (i.unique ? "UNIQUE " : "") << "INDEX " << ident(i.name) << " ON " << qualified(t->schema, t->name) << " ("
         << elements << ")";
    if (i.partial && !t->partitioned) out_ << " WHERE " << ident(first->name) << " IS NOT NULL";
    out_ << ";\n";
    rendered_.insert(i.id);
  }

  void view(const View& v) {
    if (!w_.schema(v.schema) || !has(v.base)) return;
    std::string base;
    std::vector<const Column*> available;
    if (const Table* t = w_.table(v.base)) {
      base = qualified(t->schema, t->name);
      available = w_.all_columns(*t);
    } else if (const View* b = w_.view(v.base)) {
      base = qualified(b->schema, b->name);
      available = shown_columns(*b);
    } else {
      return;
    }
    std::vector<const Column*> shown;
    for (Id id : v.columns) {
      for (const Column* c : available) {
        if (c->id == id) shown.push_back(c);
      }
    }
    out_ << "CREATE " << (v.materialized ? "MATERIALIZED " : "") << "VIEW " << qualified(v.schema, v.name) << " AS\n SELECT ";
    if (shown.empty()) out_ << "1 AS one";
    for (size_t i = 0; i < shown.size(); ++i) out_ << (i ? ", " : "") << ident(shown[i]->name);
    out_ << " FROM " << base;
    if (v.filtered && !shown.empty()) out_ << " WHERE " << ident(shown.front()->name) << " IS NOT NULL";
    out_ << ";\n";
    if (!v.comment.empty()) out_ << "COMMENT ON " << (v.materialized ? "MATERIALIZED " : "") << "VIEW " << qualified(v.schema, v.name) << " IS " << literal(v.comment) << ";\n";
    rendered_.insert(v.id);
  }

 public:
  std::vector<const Column*> shown_columns(const View& v) const {
    std::vector<const Column*> available;
    if (const Table* t = w_.table(v.base)) available = w_.all_columns(*t);
    else if (const View* b = w_.view(v.base)) available = shown_columns(*b);
    std::vector<const Column*> shown;
    for (Id id : v.columns) {
      for (const Column* c : available) {
        if (c->id == id) shown.push_back(c);
      }
    }
    return shown;
  }

 private:
  void trigger(const Trigger& tr) {
    const Table* t = w_.table(tr.table);
    const Function* f = usable_function(tr.function, Function::Trigger);
    if (!t || !has(t->id) || !f) return;
    out_ << "CREATE TRIGGER " << ident(tr.name) << " BEFORE INSERT" << (tr.on_update ? " OR UPDATE" : "") << " ON "
         << qualified(t->schema, t->name) << " FOR EACH ROW EXECUTE FUNCTION " << qualified(f->schema, f->name) << "();\n";
    rendered_.insert(tr.id);
  }

  void table_extras(const Table& t) {
    if (!has(t.id)) return;
    const std::string name = qualified(t.schema, t.name);
    if (t.row_security) out_ << "ALTER TABLE " << name << " ENABLE ROW LEVEL SECURITY;\n";
    if (!t.comment.empty()) out_ << "COMMENT ON TABLE " << name << " IS " << literal(t.comment) << ";\n";
    for (const auto& c : t.columns) {
      if (!c.comment.empty()) out_ << "COMMENT ON COLUMN " << name << "." << ident(c.name) << " IS " << literal(c.comment) << ";\n";
    }
    if (t.granted) out_ << "GRANT SELECT ON TABLE " << name << " TO PUBLIC;\n";
  }

  void policy(const Policy& p) {
    const Table* t = w_.table(p.table);
    if (!t || !has(t->id) || !own_columns(*t, {p.column})) return;
    const std::string condition = "(" + ident(const_cast<World&>(w_).column(p.column)->name) + " IS NOT NULL)";
    out_ << "CREATE POLICY " << ident(p.name) << " ON " << qualified(t->schema, t->name) << " FOR " << p.command << " TO PUBLIC "
         << (p.command == "INSERT" ? "WITH CHECK " : "USING ") << condition << ";\n";
    rendered_.insert(p.id);
  }

  void sequence_owner(const Sequence& s) {
    if (!has(s.id) || !s.owned_by || !has(s.owned_by)) return;
    auto [t, c] = w_.column(s.owned_by);
    if (!t || t->partition_of || t->schema != s.schema) return;  // a sequence is owned by a table of its schema
    out_ << "ALTER SEQUENCE " << qualified(s.schema, s.name) << " OWNED BY " << qualified(t->schema, t->name) << "." << ident(c->name) << ";\n";
  }
};

}  // namespace

const Schema* World::schema(Id id) const {
  if (id == 0) return &public_schema;
  for (const auto& s : schemas) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

Table* World::table(Id id) { return find_by_id(tables, id); }
const Table* World::table(Id id) const { return find_by_id(tables, id); }
const View* World::view(Id id) const { return find_by_id(views, id); }
const Function* World::function(Id id) const { return find_by_id(functions, id); }

std::pair<const Table*, const Column*> World::column(Id id) const {
  for (const auto& t : tables) {
    for (const auto& c : t.columns) {
      if (c.id == id) return {&t, &c};
    }
  }
  return {nullptr, nullptr};
}

Column* World::column(Id id) {
  for (auto& t : tables) {
    for (auto& c : t.columns) {
      if (c.id == id) return &c;
    }
  }
  return nullptr;
}

std::vector<const Column*> World::all_columns(const Table& t) const {
  std::vector<const Column*> out;
  const Table* source = &t;
  if (t.partition_of) source = table(t.partition_of);
  if (!source) return out;
  if (source->inherits && source->inherits != source->id && !source->partitioned) {
    if (const Table* parent = table(source->inherits); parent && !parent->partitioned && !parent->partition_of && !parent->inherits) {
      for (const auto& c : parent->columns) out.push_back(&c);
    }
  }
  for (const auto& c : source->columns) out.push_back(&c);
  return out;
}

std::vector<const Column*> World::view_columns(const View& v) const { return Renderer(*this).shown_columns(v); }

std::vector<Id> World::object_ids() const {
  std::vector<Id> ids;
  // Large pieces first (a schema, a table with its columns and keys), so that the minimizer's
  // later, smaller candidates are fewer.
  auto add = [&](const auto& items) {
    for (const auto& x : items) ids.push_back(x.id);
  };
  add(schemas), add(tables), add(views), add(functions), add(sequences), add(enums), add(domains), add(composites);
  add(indexes), add(triggers), add(policies);
  for (const auto& t : tables) {
    for (const auto& k : t.constraints) ids.push_back(k.id);
    for (size_t i = 1; i < t.columns.size(); ++i) ids.push_back(t.columns[i].id);
  }
  return ids;
}

namespace {
template <typename T>
bool erase_id(std::vector<T>& items, Id id) {
  auto it = std::remove_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  bool found = it != items.end();
  items.erase(it, items.end());
  return found;
}
}  // namespace

void World::remove(Id id) {
  if (erase_id(schemas, id) || erase_id(enums, id) || erase_id(domains, id) || erase_id(composites, id) || erase_id(sequences, id) ||
      erase_id(functions, id) || erase_id(tables, id) || erase_id(indexes, id) || erase_id(views, id) || erase_id(triggers, id) ||
      erase_id(policies, id)) {
    return;
  }
  for (auto& t : tables) {
    if (erase_id(t.columns, id) || erase_id(t.constraints, id)) return;
  }
}

bool World::has(Id id) const {
  auto any = [&](const auto& items) { return std::any_of(items.begin(), items.end(), [&](const auto& x) { return x.id == id; }); };
  if (any(schemas) || any(enums) || any(domains) || any(composites) || any(sequences) || any(functions) || any(tables) ||
      any(indexes) || any(views) || any(triggers) || any(policies)) {
    return true;
  }
  return column(id).second != nullptr;
}

std::string render(const World& world) { return Renderer(world).run(); }

RenderedWorld render_with_ids(const World& world) {
  Renderer renderer(world);
  RenderedWorld out;
  out.ddl = renderer.run();
  out.written = renderer.written();
  return out;
}

}  // namespace schemadelta::fuzz
