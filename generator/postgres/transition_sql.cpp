#include "generator/postgres/transition_sql.h"

#include <map>

#include <fmt/format.h>

#include "generator/postgres/quoting.h"

namespace schemadelta::generator::postgres {

namespace {

using TableSyncs = std::map<std::pair<std::string, std::string>, std::vector<const compare::ColumnSync*>>;

TableSyncs by_table(const std::vector<compare::ColumnSync>& syncs) {
  TableSyncs tables;
  for (const auto& sync : syncs) tables[{sync.schema, sync.table}].push_back(&sync);
  return tables;
}

// `value` (of type `from`) as a value of type `to`.
std::string converted(const std::string& value, const model::TypeRef& from, const model::TypeRef& to) {
  return from == to ? value : "(" + value + ")::" + type_sql(to);
}

std::string sync_body(const std::vector<const compare::ColumnSync*>& syncs) {
  std::string on_insert, on_update;
  for (const auto* sync : syncs) {
    const std::string old_name = quote_identifier(sync->old_column.name), new_name = quote_identifier(sync->new_column.name);
    const auto& old_type = sync->old_column.type;
    const auto& new_type = sync->new_column.type;
    // An insert by the old version leaves the new form empty; one by the new version sets it.
    on_insert += fmt::format("    IF NEW.{1} IS NULL THEN\n      NEW.{1} := {2};\n    ELSE\n      NEW.{0} := {3};\n    END IF;\n", old_name,
                             new_name, converted("NEW." + old_name, old_type, new_type), converted("NEW." + new_name, new_type, old_type));
    // An update changes one form: the other follows it.
    on_update += fmt::format("    IF NEW.{1} IS DISTINCT FROM OLD.{1} THEN\n      NEW.{0} := {3};\n    ELSIF NEW.{0} IS DISTINCT FROM OLD.{0} THEN\n"
                             "      NEW.{1} := {2};\n    END IF;\n",
                             old_name, new_name, converted("NEW." + old_name, old_type, new_type),
                             converted("NEW." + new_name, new_type, old_type));
  }
  return fmt::format("\nBEGIN\n  IF pg_catalog.current_setting({}, true) = 'on' THEN\n    RETURN NEW;\n  END IF;\n"
                     "  IF TG_OP = 'INSERT' THEN\n{}  ELSE\n{}  END IF;\n  RETURN NEW;\nEND\n",
                     quote_literal(kBackfillSetting), on_insert, on_update);
}

}  // namespace

std::string sync_function_name(const std::string& table) { return within_name_limit("schemadelta_sync_" + table); }

std::string sync_objects_sql(const std::vector<compare::ColumnSync>& syncs) {
  std::string sql;
  for (const auto& [table, columns] : by_table(syncs)) {
    const std::string function = qualified(table.first, sync_function_name(table.second));
    sql += "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS " + dollar_quote(sync_body(columns)) + ";\n";
    sql += std::string("CREATE TRIGGER ") + kSyncTriggerName + " BEFORE INSERT OR UPDATE ON " + qualified(table.first, table.second) +
           " FOR EACH ROW EXECUTE FUNCTION " + function + "();\n";
  }
  return sql;
}

std::vector<Statement> backfill_statements(const std::vector<compare::ColumnSync>& syncs) {
  std::vector<Statement> statements;
  for (const auto& [table, columns] : by_table(syncs)) {
    const std::string name = qualified(table.first, table.second);
    std::string set, differs;
    for (const auto* sync : columns) {
      const std::string value = converted(quote_identifier(sync->old_column.name), sync->old_column.type, sync->new_column.type);
      set += (set.empty() ? "" : ", ") + quote_identifier(sync->new_column.name) + " = " + value;
      differs += (differs.empty() ? "" : " OR ") + quote_identifier(sync->new_column.name) + " IS DISTINCT FROM " + value;
    }
    statements.push_back({do_block("backfill", fmt::format(
        "DECLARE\n  pages bigint;\n  first_page bigint := 0;\nBEGIN\n"
        "  PERFORM pg_catalog.set_config({0}, 'on', false);\n"
        "  SELECT coalesce(max(pg_catalog.pg_relation_size(relid) / pg_catalog.current_setting('block_size')::bigint), 0) INTO pages\n"
        "    FROM pg_catalog.pg_partition_tree({1}::regclass);\n"
        "  WHILE first_page <= pages LOOP\n"
        "    UPDATE {2} SET {3}\n"
        "      WHERE ctid >= pg_catalog.format('(%s,0)', first_page)::tid AND ctid < pg_catalog.format('(%s,0)', first_page + 1000)::tid\n"
        "        AND ({4});\n"
        "    COMMIT;\n"
        "    first_page := first_page + 1000;\n"
        "  END LOOP;\n"
        "  PERFORM pg_catalog.set_config({0}, 'off', false);\nEND",
        quote_literal(kBackfillSetting), quote_literal(name), name, set, differs)), std::nullopt});
  }
  return statements;
}

}  // namespace schemadelta::generator::postgres
