#pragma once
// The rows of a database as `pg_dump --data-only` prints them, in a form that compares equal when
// the same rows are there: each table's columns in name order (a rollback re-adds a dropped
// column last) and its rows sorted (restored rows move in the heap); sequence positions kept.
// Every value stays byte for byte as pg_dump wrote it.
#include <string>

namespace schemadelta::verify {

std::string normalized_data(const std::string& pg_dump_data);

}  // namespace schemadelta::verify
