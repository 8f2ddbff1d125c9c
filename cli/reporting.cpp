#include "cli/reporting.h"

#include <iostream>
#include <map>
#include <mutex>
#include <streambuf>
#include <vector>

namespace schemadelta::cli {

namespace {

Verbosity current = Verbosity::Normal;

// One warning as printed: its first line and the context lines under it.
struct Warning {
  std::string location;  // "file:line:col", empty for the tool's own ("schemadelta: warning: ...")
  std::string message;   // after "warning: "
  std::string text;      // every line, as printed
};

// A warning without a line and column (a live database, whose dump nobody sees) shows the
// statement under it instead: ", at CREATE COLLATION public.german (...".
std::string statement_of(const Warning& warning) {
  const auto colon = warning.location.find_last_of(':');
  const bool has_line = colon != std::string::npos && colon + 1 < warning.location.size() &&
                        warning.location.find_first_not_of("0123456789", colon + 1) == std::string::npos;
  const auto context = warning.text.find("\n    ");
  if (has_line || context == std::string::npos) return "";
  std::string statement = warning.text.substr(context + 5);
  return ", at " + statement.substr(0, statement.find('\n'));
}

class GroupingBuffer : public std::streambuf {
 public:
  explicit GroupingBuffer(std::streambuf* out) : out_(out) {}

  void flush_held() {
    std::lock_guard lock(mutex_);
    if (!line_.empty()) take_line();
    release();
  }

 protected:
  int overflow(int c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    std::lock_guard lock(mutex_);
    line_ += static_cast<char>(c);
    if (c == '\n') take_line();
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::lock_guard lock(mutex_);
    for (std::streamsize i = 0; i < n; ++i) {
      line_ += s[i];
      if (s[i] == '\n') take_line();
    }
    return n;
  }
  int sync() override {
    // A line without its newline yet stays: cerr syncs after every insertion.
    return out_->pubsync();
  }

 private:
  void take_line() {
    std::string line = std::move(line_);
    line_.clear();
    static const std::string marker = ": warning: ";
    if (auto at = line.find(marker); at != std::string::npos && !line.starts_with(" ")) {
      std::string location = line.substr(0, at);
      if (location == "schemadelta") location.clear();
      std::string message = line.substr(at + marker.size());
      if (!message.empty() && message.back() == '\n') message.pop_back();
      held_.push_back({location, message, line});
      return;
    }
    if (line.starts_with("    ") && !held_.empty() && !held_.back().location.empty()) {
      held_.back().text += line;  // a context line (the source line, the caret)
      return;
    }
    release();
    write(line);
  }

  void release() {
    if (held_.empty()) return;
    if (current == Verbosity::Verbose) {
      for (const auto& warning : held_) write(warning.text);
    } else if (current == Verbosity::Normal) {
      // Kinds in the order of their first warning.
      std::vector<std::string> order;
      std::map<std::string, std::vector<const Warning*>> kinds;
      for (const auto& warning : held_) {
        auto kind = warning_kind(warning.message);
        if (!kinds.count(kind)) order.push_back(kind);
        kinds[kind].push_back(&warning);
      }
      for (const auto& kind : order) {
        const auto& group = kinds[kind];
        if (group.size() == 1) {
          write(group.front()->text);
          continue;
        }
        const auto& first = *group.front();
        std::string where = first.location.empty() ? "first: " + first.message : "first at " + first.location + statement_of(first);
        write("schemadelta: warning: " + kind + ": " + std::to_string(group.size()) + " times, " + where +
              " (--verbose shows each)\n");
      }
    }
    held_.clear();
  }

  void write(const std::string& text) {
    out_->sputn(text.data(), static_cast<std::streamsize>(text.size()));
    out_->pubsync();
  }

  std::streambuf* out_;
  std::mutex mutex_;
  std::string line_;
  std::vector<Warning> held_;
};

GroupingBuffer* grouping = nullptr;

}  // namespace

void set_verbosity(Verbosity verbosity) { current = verbosity; }
Verbosity verbosity() { return current; }

std::string warning_kind(const std::string& message) {
  std::string head = message.substr(0, message.find(": "));
  std::string kind, word;
  auto put = [&] {
    if (word.empty()) return;
    const bool name = word.find('"') != std::string::npos ||
                      (word.find('.') != std::string::npos && word.find('.') + 1 < word.size());
    if (!kind.empty()) kind += ' ';
    kind += name ? "..." : word;
    word.clear();
  };
  for (char c : head) {
    if (c == ' ') put();
    else word += c;
  }
  put();
  return kind;
}

void group_warnings_on_stderr() {
  if (grouping) return;
  grouping = new GroupingBuffer(std::cerr.rdbuf());  // lives as long as the process
  std::cerr.rdbuf(grouping);
}

void flush_warnings() {
  if (grouping) grouping->flush_held();
}

}  // namespace schemadelta::cli
