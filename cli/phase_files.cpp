#include "cli/phase_files.h"

#include <filesystem>
#include <iostream>

#include "cli/output_file.h"
#include "cli/plan_output.h"
#include "model/printable.h"
#include "serialize/phases_json.h"

namespace schemadelta::cli {

std::vector<std::string> phase_file_paths(const std::string& folder) {
  std::vector<std::string> paths;
  for (const char* name : {kExpandScript, kExpandRollback, kContractScript, kContractRollback, kPhasePlan}) {
    paths.push_back((std::filesystem::path(folder) / name).string());
  }
  return paths;
}

bool write_phase_files(const std::string& folder, const pipeline::Phases& phases, const std::string& source_name,
                       const std::string& target_name, bool preserve) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error || !std::filesystem::is_directory(folder)) {
    std::cerr << "schemadelta: error: cannot create the folder " << model::printable(folder) << ": " << error.message() << "\n";
    return false;
  }
  const auto paths = phase_file_paths(folder);
  std::vector<serialize::PhasePlan> plans{
      {"expand", kExpandScript, kExpandRollback, &phases.expand.forward, plan_details(phases.expand, preserve)},
      {"contract", kContractScript, kContractRollback, &phases.contract.forward, plan_details(phases.contract, preserve)}};
  const std::string plan = serialize::phases_to_json(phases.state, plans, source_name, target_name).dump(2) + "\n";
  return write_output(paths[0], phases.expand.migration.text) && write_output(paths[1], phases.expand.rollback.text) &&
         write_output(paths[2], phases.contract.migration.text) && write_output(paths[3], phases.contract.rollback.text) &&
         write_output(paths[4], plan);
}

}  // namespace schemadelta::cli
