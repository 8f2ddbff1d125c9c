#include "cli/snapshot_options.h"

namespace schemadelta::cli {

void add_snapshot_options(CLI::App* command, SnapshotOptions& options, bool normalization) {
  command->add_option("--schema", options.schemas, "Only these schemas (globs; repeatable)");
  command->add_option("--exclude-schema", options.exclude_schemas, "Leave these schemas out (globs; repeatable)");
  command->add_option("--ignore-file", options.ignore_file,
                      "Objects to leave out, one kind:schema.name glob a line (default: .schemadelta-ignore if present)");
  command->add_flag("--strict", options.strict, "Unmanaged statements in the inputs are errors");
  command->add_option("--connect-timeout", options.connect_timeout, "Seconds to wait for a live database to answer (default 10; 0: for ever)")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--jobs,-j", options.jobs,
                      "Threads parsing statements, shared by both inputs (default: one per core for one input, the cores beyond two for a pair; 1: parse where built)")
      ->check(CLI::Range(1u, 1024u));
  if (normalization) {
    command->add_flag("--normalize-with-server", options.normalize_with_server,
                      "Load file inputs into a throwaway PostgreSQL and compare what it dumps back");
  }
}

}  // namespace schemadelta::cli
