#pragma once
// Progress of a long command on stderr: each step when it starts, and when it ends with its time;
// the total at the end. Nothing with --quiet.
#include <chrono>
#include <ostream>
#include <string>

namespace schemadelta::cli {

class Progress {
 public:
  // Lines start with "schemadelta <command>: ".
  Progress(std::string command, std::ostream& out);

  // Ends the step under way (if any) and starts `step`.
  void begin(const std::string& step);
  // Ends the step under way: "<step>: done in 1.2 s".
  void end();
  // "done in 15.3 s (9 steps)": ends the step under way first.
  void total();

 private:
  using Clock = std::chrono::steady_clock;
  std::string prefix_;
  std::ostream& out_;
  Clock::time_point started_, step_started_;
  std::string step_;
  int steps_ = 0;
};

}  // namespace schemadelta::cli
