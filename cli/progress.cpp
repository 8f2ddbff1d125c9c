#include "cli/progress.h"

#include <fmt/format.h>

#include "cli/reporting.h"
#include "model/printable.h"

namespace schemadelta::cli {

namespace {

std::string seconds(std::chrono::steady_clock::duration duration) {
  return fmt::format("{:.1f} s", std::chrono::duration<double>(duration).count());
}

}  // namespace

Progress::Progress(std::string command, std::ostream& out)
    : prefix_("schemadelta " + std::move(command) + ": "), out_(out), started_(Clock::now()) {}

void Progress::begin(const std::string& step) {
  end();
  step_ = step;
  step_started_ = Clock::now();
  ++steps_;
  if (!quiet()) out_ << prefix_ << model::printable(step) << " ..." << std::endl;
}

void Progress::end() {
  if (step_.empty()) return;
  if (!quiet()) out_ << prefix_ << model::printable(step_) << ": done in " << seconds(Clock::now() - step_started_) << std::endl;
  step_.clear();
}

void Progress::total() {
  end();
  if (!quiet()) out_ << prefix_ << "finished in " << seconds(Clock::now() - started_) << " (" << steps_ << " steps)" << std::endl;
}

}  // namespace schemadelta::cli
