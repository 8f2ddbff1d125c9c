#include "bench/schema_generator.h"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

namespace schemadelta::bench {

namespace {

// SplitMix64: the same sequence on every machine and standard library, unlike <random>'s
// distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t bound) { return bound == 0 ? 0 : static_cast<std::size_t>(next() % bound); }
  bool chance(double probability) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < probability; }

 private:
  std::uint64_t state_;
};

constexpr std::array kNouns = {"orders",   "customers", "invoices", "payments", "shipments", "products", "events",
                               "accounts", "sessions",  "tickets",  "messages", "devices",   "reports",  "contracts"};

const std::string kTouchBody = "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n";

template <typename... Args>
void append(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

std::string qualified(const std::string& schema, const std::string& name) { return schema + "." + name; }

ColumnSpec column(std::string name, std::string type, std::string default_value = "", bool not_null = false) {
  ColumnSpec c;
  c.name = std::move(name);
  c.type = std::move(type);
  c.default_value = std::move(default_value);
  c.not_null = not_null;
  return c;
}

ColumnSpec* find_column(TableSpec& table, const std::string& name) {
  for (auto& c : table.columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

// One table of `schema` (not yet added to it): the core columns every view reads, then a random
// selection of the others, with the constraints and indexes that come with them. A foreign key
// marks the table it references as referenced.
TableSpec make_table(SchemaSpec& schema, std::size_t number, Random& random) {
  TableSpec t;
  t.name = fmt::format("{}_{:05}", kNouns[random.below(kNouns.size())], number);
  t.identity = random.chance(0.5);
  const std::string status = qualified(schema.name, "status");
  t.columns.push_back(column("id", "bigint", "", true));
  t.columns.push_back(column("code", "character varying(40)", "", true));
  t.columns.push_back(column("name", "character varying(120)", "", true));
  t.columns.push_back(column("status", status, "'active'::" + status, true));
  t.columns.push_back(column("created_at", "timestamp with time zone", "now()", true));
  t.columns.push_back(column("updated_at", "timestamp with time zone"));
  for (auto& c : t.columns) c.in_use = true;
  t.unique_column = "code";

  const std::size_t extras = 2 + random.below(7);
  std::set<std::size_t> picked;
  while (picked.size() < extras) picked.insert(random.below(13));
  for (std::size_t kind : picked) {
    switch (kind) {
      case 0:
        t.columns.push_back(column("amount", "numeric(12,2)", "0", true));
        t.checks.push_back({t.name + "_amount_check", "(amount >= (0)::numeric)"});
        t.columns.back().in_use = true;
        break;
      case 1:
        t.columns.push_back(column("quantity", "integer", "1", true));
        break;
      case 2:
        t.columns.push_back(column("is_active", "boolean", "true", true));
        break;
      case 3:
        t.columns.push_back(column("note", "text"));
        break;
      case 4:
        t.columns.push_back(column("payload", "jsonb", "'{}'::jsonb", true));
        break;
      case 5:
        t.columns.push_back(column("external_id", "uuid"));
        break;
      case 6:
        t.columns.push_back(column("due_on", "date"));
        break;
      case 7:
        t.columns.push_back(column("tags", "text[]", "'{}'::text[]"));
        break;
      case 8:
        t.columns.push_back(column("email", "text"));
        t.columns.back().in_use = true;
        t.indexes.push_back({t.name + "_lower_email_idx", false, "USING btree (lower(email))"});
        break;
      case 9:
        t.columns.push_back(column("deleted_at", "timestamp with time zone"));
        t.columns.back().in_use = true;
        t.indexes.push_back({t.name + "_live_created_idx", false, "USING btree (created_at) WHERE (deleted_at IS NULL)"});
        break;
      case 10:
        if (!schema.tables.empty()) {
          auto& parent = schema.tables[random.below(schema.tables.size())];
          parent.referenced = true;
          t.columns.push_back(column("parent_id", "bigint"));
          t.columns.back().in_use = true;
          const char* actions[] = {"", "CASCADE", "SET NULL"};
          t.foreign_keys.push_back({t.name + "_parent_id_fkey", "parent_id", parent.name, actions[random.below(3)]});
          t.indexes.push_back({t.name + "_parent_id_idx", false, "USING btree (parent_id)"});
        }
        break;
      case 11:
        t.columns.push_back(column("score", "double precision"));
        break;
      case 12:
        t.columns.push_back(column("ref_count", "smallint", "0", true));
        t.checks.push_back({t.name + "_ref_count_check", "(ref_count >= 0)"});
        t.columns.back().in_use = true;
        break;
    }
  }
  t.touch_trigger = random.chance(0.3);
  if (random.chance(0.2)) t.comment = "The " + t.name.substr(0, t.name.find('_')) + " of one tenant.";
  if (random.chance(0.1)) t.columns[2].comment = "Shown to people.";
  return t;
}

ViewSpec table_view(const std::string& schema, const TableSpec& table) {
  return {"v_" + table.name, fmt::format(" SELECT t.id,\n    t.code,\n    t.name,\n    t.created_at\n   FROM {} t\n  WHERE (t.status <> "
                                         "'archived'::{})",
                                         qualified(schema, table.name), qualified(schema, "status"))};
}

ViewSpec view_on_view(const std::string& schema, const ViewSpec& view, const TableSpec& other) {
  return {"v" + view.name, fmt::format(" SELECT v.id,\n    v.name,\n    o.code AS other_code\n   FROM ({} v\n     JOIN {} o ON ((o.id = v.id)))",
                                       qualified(schema, view.name), qualified(schema, other.name))};
}

void add_views(SchemaSpec& schema, Random& random) {
  for (std::size_t i = 0; i < schema.tables.size(); ++i) {
    if (i % 10 != 9) continue;
    auto& table = schema.tables[i];
    table.referenced = true;
    schema.views.push_back(table_view(schema.name, table));
    if (i % 50 == 49) {
      auto& other = schema.tables[random.below(schema.tables.size())];
      other.referenced = true;
      schema.views.push_back(view_on_view(schema.name, schema.views.back(), other));
    }
  }
}

// Changes one table the way a release would.
void alter_table(TableSpec& t, const std::string& schema, Random& random) {
  switch (random.below(9)) {
    case 0:
      t.columns.push_back(column(fmt::format("added_{}", random.below(100)), "integer", "0", true));
      if (std::count_if(t.columns.begin(), t.columns.end(), [&](const ColumnSpec& c) { return c.name == t.columns.back().name; }) > 1) {
        t.columns.pop_back();
        t.columns.push_back(column("added_note", "text"));
      }
      break;
    case 1: {
      auto droppable = std::find_if(t.columns.begin(), t.columns.end(), [](const ColumnSpec& c) { return !c.in_use; });
      if (droppable != t.columns.end()) t.columns.erase(droppable);
      else t.columns.push_back(column("added_flag", "boolean", "false", true));
      break;
    }
    case 2:
      find_column(t, "name")->type = "character varying(200)";  // views read it: they are recreated
      break;
    case 3:
      find_column(t, "status")->default_value = "'pending'::" + qualified(schema, "status");
      break;
    case 4:
      find_column(t, "name")->not_null = false;
      break;
    case 5:
      if (!t.indexes.empty() && random.chance(0.5)) t.indexes.erase(t.indexes.begin() + random.below(t.indexes.size()));
      else t.indexes.push_back({t.name + "_created_at_idx", false, "USING btree (created_at DESC)"});
      break;
    case 6:
      t.checks.push_back({t.name + "_code_check", "(length((code)::text) <= 40)"});
      break;
    case 7:
      t.comment = "Changed in this release.";
      break;
    case 8:
      if (auto* quantity = find_column(t, "quantity")) quantity->type = "bigint";
      else t.columns.push_back(column("quantity", "bigint", "1", true));
      break;
  }
}

}  // namespace

std::size_t DatabaseSpec::table_count() const {
  std::size_t n = 0;
  for (const auto& s : schemas) n += s.tables.size();
  return n;
}

std::size_t Evolution::total() const {
  return tables_added + tables_dropped + tables_altered + views_changed + functions_changed + enums_extended;
}

std::vector<Shape> benchmark_shapes() {
  std::vector<Shape> shapes(8);
  shapes[0].name = "tenants";
  shapes[1].name = "schemas-of-2500";
  shapes[1].tables_per_schema = 2500;
  shapes[2].name = "one-schema";
  shapes[2].tables_per_schema = 0;
  shapes[3].name = "schema-per-table";
  shapes[3].tables_per_schema = 1;
  shapes[4].name = "wide-tables";
  shapes[4].wide_tables_per_1000 = 1;
  shapes[5].name = "partitions";
  shapes[5].partitions_per_1000 = 100;
  shapes[6].name = "functions";
  shapes[6].function_per_table = true;
  shapes[7].name = "view-chains";
  shapes[7].view_chain_depth = 25;
  return shapes;
}

Shape shape_named(const std::string& name) {
  for (auto& shape : benchmark_shapes()) {
    if (shape.name == name) return shape;
  }
  throw std::invalid_argument("unknown schema shape: " + name);
}

namespace {

void add_wide_columns(TableSpec& table, std::size_t columns) {
  for (std::size_t i = 0; i < columns; ++i) {
    table.columns.push_back(column(fmt::format("attribute_{:04}", i), i % 3 == 0 ? "integer" : i % 3 == 1 ? "text" : "numeric(10,2)"));
  }
}

// Views that each read the one before, `depth` deep, starting at `table`.
void add_view_chain(SchemaSpec& schema, TableSpec& table, std::size_t depth) {
  table.referenced = true;
  std::string below = qualified(schema.name, table.name);
  for (std::size_t level = 0; level < depth; ++level) {
    const std::string name = fmt::format("chain_{}_{:02}", table.name, level);
    schema.views.push_back({name, fmt::format(" SELECT c.id,\n    c.code,\n    c.name\n   FROM {} c\n  WHERE (c.id > {})", below, level)});
    below = qualified(schema.name, name);
  }
}

}  // namespace

DatabaseSpec generate_database(std::size_t tables, std::uint64_t seed, const Shape& shape) {
  Random random(seed);
  DatabaseSpec database;
  const std::size_t per_schema = shape.tables_per_schema == 0 ? tables : shape.tables_per_schema;
  const std::size_t wide_every = shape.wide_tables_per_1000 == 0 ? 0 : std::max<std::size_t>(1, 1000 / shape.wide_tables_per_1000);
  for (std::size_t made = 0; made < tables;) {
    SchemaSpec schema;
    schema.name = fmt::format("tenant_{:03}", database.schemas.size());
    schema.status_labels = {"active", "pending", "archived"};
    schema.touch_body = kTouchBody;
    for (std::size_t i = 0; i < per_schema && made < tables; ++i, ++made) {
      schema.tables.push_back(make_table(schema, made, random));
      auto& table = schema.tables.back();
      if (wide_every != 0 && made % wide_every == wide_every / 2) add_wide_columns(table, shape.wide_columns);
      if (shape.function_per_table) {
        database.routines.push_back({table.name + "_audit", qualified(schema.name, table.name),
                                     "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n"});
      }
    }
    add_views(schema, random);
    if (shape.view_chain_depth != 0) {
      for (std::size_t i = 0; i < schema.tables.size(); i += 50) add_view_chain(schema, schema.tables[i], shape.view_chain_depth);
    }
    database.schemas.push_back(std::move(schema));
  }
  if (shape.partitions_per_1000 != 0 && !database.schemas.empty()) {
    PartitionedSpec partitioned{database.schemas.front().name, "measurements", {}, false};
    const std::size_t partitions = std::max<std::size_t>(1, tables * shape.partitions_per_1000 / 1000);
    for (std::size_t day = 0; day < partitions; ++day) partitioned.days.push_back(static_cast<int>(day));
    database.partitioned.push_back(std::move(partitioned));
  }
  return database;
}

DatabaseSpec evolve(const DatabaseSpec& database, double share, std::uint64_t seed, Evolution& evolution) {
  Random random(seed);
  DatabaseSpec evolved = database;
  std::size_t next_number = database.table_count();
  for (auto& schema : evolved.schemas) {
    if (random.chance(share)) {
      schema.status_labels.push_back("suspended");
      ++evolution.enums_extended;
    }
    if (random.chance(share)) {
      schema.touch_body = "\nBEGIN\n  NEW.updated_at := clock_timestamp();\n  RETURN NEW;\nEND;\n";
      ++evolution.functions_changed;
    }
    std::vector<TableSpec> kept;
    for (auto& table : schema.tables) {
      if (!table.referenced && random.chance(share / 10)) {
        ++evolution.tables_dropped;
        continue;
      }
      if (random.chance(share)) {
        alter_table(table, schema.name, random);
        ++evolution.tables_altered;
      }
      kept.push_back(std::move(table));
    }
    schema.tables = std::move(kept);
    const std::size_t added = static_cast<std::size_t>(static_cast<double>(schema.tables.size()) * share / 3);
    for (std::size_t i = 0; i < added; ++i) schema.tables.push_back(make_table(schema, next_number++, random));
    evolution.tables_added += added;
    for (auto& view : schema.views) {
      if (view.name.starts_with("chain_") && view.name.ends_with("_00") && random.chance(share)) {
        view.query.insert(view.query.find("\n   FROM"), ",\n    c.created_at");  // every view above it is recreated
        ++evolution.views_changed;
      }
      if (view.name.starts_with("v_") && random.chance(share)) {
        view.query.insert(view.query.find("\n   FROM"), ",\n    t.updated_at");
        ++evolution.views_changed;
      }
    }
  }
  std::set<std::string> kept_tables;
  for (const auto& schema : evolved.schemas) {
    for (const auto& table : schema.tables) kept_tables.insert(qualified(schema.name, table.name));
  }
  std::vector<RoutineSpec> routines;
  for (auto& routine : evolved.routines) {
    if (!kept_tables.contains(routine.table)) continue;
    if (random.chance(share)) {
      routine.body = "\nBEGIN\n  NEW.updated_at := clock_timestamp();\n  RETURN NEW;\nEND;\n";
      ++evolution.functions_changed;
    }
    routines.push_back(std::move(routine));
  }
  evolved.routines = std::move(routines);
  for (auto& partitioned : evolved.partitioned) {
    partitioned.has_note = true;
    const int last = partitioned.days.empty() ? -1 : partitioned.days.back();
    const std::size_t added = std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(partitioned.days.size()) * share));
    for (std::size_t i = 1; i <= added; ++i) partitioned.days.push_back(last + static_cast<int>(i));
    evolution.tables_added += added;
    ++evolution.tables_altered;
  }
  return evolved;
}

namespace {

std::string day_literal(int day) {
  // Days after 2000-01-01 as a date literal, without <chrono> calendars: good for any day count.
  static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = 2000, month = 0;
  for (;;) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int in_year = leap ? 366 : 365;
    if (day < in_year) break;
    day -= in_year;
    ++year;
  }
  for (;; ++month) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int in_month = month_days[month] + (month == 1 && leap ? 1 : 0);
    if (day < in_month) break;
    day -= in_month;
  }
  return fmt::format("'{:04}-{:02}-{:02}'", year, month + 1, day + 1);
}

void render_partitioned(std::string& out, const PartitionedSpec& p) {
  const std::string columns = fmt::format("    id bigint NOT NULL,\n    taken_on date NOT NULL,\n    value numeric{}\n",
                                          p.has_note ? ",\n    note text" : "");
  append(out, "CREATE TABLE {}.{} (\n{})\nPARTITION BY RANGE (taken_on);\n\n", p.schema, p.name, columns);
  for (int day : p.days) append(out, "CREATE TABLE {}.{}_d{:05} (\n{});\n\n", p.schema, p.name, day, columns);
  for (int day : p.days) {
    append(out, "ALTER TABLE ONLY {0}.{1} ATTACH PARTITION {0}.{1}_d{2:05} FOR VALUES FROM ({3}) TO ({4});\n\n", p.schema, p.name, day,
           day_literal(day), day_literal(day + 1));
  }
  append(out, "ALTER TABLE ONLY {0}.{1}\n    ADD CONSTRAINT {1}_pkey PRIMARY KEY (id, taken_on);\n\n", p.schema, p.name);
  for (int day : p.days) {
    append(out, "ALTER TABLE ONLY {0}.{1}_d{2:05}\n    ADD CONSTRAINT {1}_d{2:05}_pkey PRIMARY KEY (id, taken_on);\n\n", p.schema, p.name, day);
  }
  for (int day : p.days) append(out, "ALTER INDEX {0}.{1}_pkey ATTACH PARTITION {0}.{1}_d{2:05}_pkey;\n\n", p.schema, p.name, day);
}

}  // namespace

std::string render_dump(const DatabaseSpec& database) {
  std::string out =
      "--\n-- PostgreSQL database dump\n--\n\n"
      "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n"
      "SET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\n"
      "SET check_function_bodies = false;\nSET client_min_messages = warning;\n\n";
  for (const auto& schema : database.schemas) append(out, "CREATE SCHEMA {};\n\n", schema.name);
  for (const auto& schema : database.schemas) {
    std::string labels;
    for (const auto& label : schema.status_labels) labels += (labels.empty() ? "    '" : ",\n    '") + label + "'";
    append(out, "CREATE TYPE {}.status AS ENUM (\n{}\n);\n\n", schema.name, labels);
    append(out, "CREATE FUNCTION {}.touch_updated_at() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $${}$$;\n\n", schema.name,
           schema.touch_body);
  }
  for (const auto& routine : database.routines) {
    const std::string schema = routine.table.substr(0, routine.table.find('.'));
    append(out, "CREATE FUNCTION {}.{}() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $${}$$;\n\n", schema, routine.name, routine.body);
  }
  for (const auto& partitioned : database.partitioned) render_partitioned(out, partitioned);
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      const std::string name = qualified(schema.name, t.name);
      append(out, "CREATE TABLE {} (\n", name);
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const auto& c = t.columns[i];
        append(out, "    {} {}{}{}{}\n", c.name, c.type, c.default_value.empty() ? "" : " DEFAULT " + c.default_value,
               c.not_null ? " NOT NULL" : "", i + 1 < t.columns.size() || !t.checks.empty() ? "," : "");
      }
      for (std::size_t i = 0; i < t.checks.size(); ++i) {
        append(out, "    CONSTRAINT {} CHECK ({}){}\n", t.checks[i].name, t.checks[i].expression, i + 1 < t.checks.size() ? "," : "");
      }
      append(out, ");\n\n");
      if (!t.comment.empty()) append(out, "COMMENT ON TABLE {} IS '{}';\n\n", name, t.comment);
      for (const auto& c : t.columns) {
        if (!c.comment.empty()) append(out, "COMMENT ON COLUMN {}.{} IS '{}';\n\n", name, c.name, c.comment);
      }
      const std::string sequence = name + "_id_seq";
      if (t.identity) {
        append(out, "ALTER TABLE {} ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n    SEQUENCE NAME {}\n    START WITH 1\n"
               "    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1\n);\n\n",
               name, sequence);
      } else {
        append(out, "CREATE SEQUENCE {}\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n", sequence);
        append(out, "ALTER SEQUENCE {} OWNED BY {}.id;\n\n", sequence, name);
      }
    }
    for (const auto& view : schema.views) append(out, "CREATE VIEW {} AS\n{};\n\n", qualified(schema.name, view.name), view.query);
  }
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      if (t.identity) continue;
      append(out, "ALTER TABLE ONLY {0}.{1} ALTER COLUMN id SET DEFAULT nextval('{0}.{1}_id_seq'::regclass);\n\n", schema.name, t.name);
    }
  }
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      const std::string name = qualified(schema.name, t.name);
      append(out, "ALTER TABLE ONLY {}\n    ADD CONSTRAINT {}_pkey PRIMARY KEY (id);\n\n", name, t.name);
      append(out, "ALTER TABLE ONLY {}\n    ADD CONSTRAINT {}_{}_key UNIQUE ({});\n\n", name, t.name, t.unique_column, t.unique_column);
    }
  }
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      for (const auto& index : t.indexes) {
        append(out, "CREATE {}INDEX {} ON {}.{} {};\n\n", index.unique ? "UNIQUE " : "", index.name, schema.name, t.name,
               index.method_and_keys);
      }
    }
  }
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      if (!t.touch_trigger) continue;
      append(out, "CREATE TRIGGER {0}_touch BEFORE UPDATE ON {1}.{0} FOR EACH ROW EXECUTE FUNCTION {1}.touch_updated_at();\n\n", t.name,
             schema.name);
    }
  }
  for (const auto& routine : database.routines) {
    const std::string schema = routine.table.substr(0, routine.table.find('.'));
    append(out, "CREATE TRIGGER {0} BEFORE INSERT OR UPDATE ON {1} FOR EACH ROW EXECUTE FUNCTION {2}.{0}();\n\n", routine.name,
           routine.table, schema);
  }
  for (const auto& schema : database.schemas) {
    for (const auto& t : schema.tables) {
      for (const auto& fk : t.foreign_keys) {
        append(out, "ALTER TABLE ONLY {0}.{1}\n    ADD CONSTRAINT {2} FOREIGN KEY ({3}) REFERENCES {0}.{4}(id){5};\n\n", schema.name, t.name,
               fk.name, fk.column, fk.referenced_table, fk.on_delete.empty() ? "" : " ON DELETE " + fk.on_delete);
      }
    }
  }
  out += "--\n-- PostgreSQL database dump complete\n--\n\n";
  return out;
}

}  // namespace schemadelta::bench
