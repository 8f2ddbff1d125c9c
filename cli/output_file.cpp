#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "model/printable.h"

namespace schemadelta::cli {

namespace fs = std::filesystem;

namespace {

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

void say_cannot_write(const std::string& path, const std::string& why) {
  std::cerr << "schemadelta: error: cannot write " << model::printable(path) << ": " << model::printable(why) << "\n";
}

using Produce = std::function<void(const PutText& put)>;

bool write_all(int fd, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

// Every piece `produce` makes, written to fd; false (errno that of the failed write) when one
// could not be: the pieces after it are made and dropped.
bool write_produced(int fd, const Produce& produce) {
  int failed = 0;
  produce([&](std::string_view piece) {
    if (!failed && !write_all(fd, piece)) failed = errno ? errno : EIO;
  });
  errno = failed;
  return !failed;
}

// A device, FIFO or socket: opened and written as it is (no O_CREAT, no rename over it).
bool write_in_place(const std::string& path, const Produce& produce) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    say_cannot_write(path, std::strerror(errno));
    return false;
  }
  bool ok = false;
  try {
    ok = write_produced(fd, produce);
  } catch (...) {
    ::close(fd);
    throw;
  }
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) say_cannot_write(path, std::strerror(saved ? saved : errno));
  return ok;
}

bool replace_regular_file(const std::string& path, const Produce& produce) {
  // A symlink the user named stays: the file it points to is replaced.
  std::error_code error;
  struct stat link{};
  const bool symlink = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
  fs::path final_path = symlink ? fs::canonical(path, error) : fs::path(path);
  if (error) {
    say_cannot_write(path, error.message());
    return false;
  }
  fs::path folder = final_path.parent_path().empty() ? fs::path(".") : final_path.parent_path();
  std::string pattern = (folder / ("." + final_path.filename().string() + ".XXXXXX")).string();
  // mkstemp: O_CREAT | O_EXCL with a fresh name, so nothing planted there is followed.
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    say_cannot_write(path, std::strerror(errno));
    return false;
  }
  struct stat existing{};
  mode_t mode = 0666;
  if (::stat(final_path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode &= ~mask;
  }
  bool written = false;
  try {
    written = write_produced(fd, produce);
  } catch (...) {
    ::close(fd);
    ::unlink(pattern.c_str());
    throw;
  }
  bool ok = written && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(pattern.c_str(), final_path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(pattern.c_str());
    say_cannot_write(path, std::strerror(saved ? saved : errno));
  }
  return ok;
}

struct FileIdentity {
  dev_t device;
  ino_t inode;
  bool operator==(const FileIdentity&) const = default;
};

std::optional<FileIdentity> identity(const std::string& path) {
  struct stat info{};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{info.st_dev, info.st_ino};
}

bool is_regular_or_missing(const std::string& path) {
  struct stat info{};
  return ::stat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode);
}

// A path with its symlinks followed, even when the last one points to nothing yet.
fs::path follow_links(fs::path path) {
  std::error_code error;
  for (int depth = 0; depth < 40 && fs::is_symlink(fs::symlink_status(path, error)); ++depth) {
    fs::path next = fs::read_symlink(path, error);
    if (error) break;
    path = next.is_absolute() ? next : path.parent_path() / next;
  }
  return path;
}

// Where a new file at `path` would be: its folder by identity, and its name.
std::optional<std::pair<FileIdentity, std::string>> future_place(const std::string& path) {
  fs::path p = follow_links(path);
  auto folder = identity(p.parent_path().empty() ? "." : p.parent_path().string());
  if (!folder) return std::nullopt;
  return std::pair{*folder, p.filename().string()};
}

bool inside_folder(const std::string& output, const std::string& folder) {
  std::error_code error;
  auto out = fs::weakly_canonical(output, error);
  if (error) return false;
  auto dir = fs::canonical(folder, error);
  if (error) return false;
  auto [end, rest] = std::mismatch(dir.begin(), dir.end(), out.begin(), out.end());
  return end == dir.end();
}

}  // namespace

bool write_output(const std::string& path, const std::string& text) {
  return write_output(path, [&](const PutText& put) { put(text); });
}

bool write_output(const std::string& path, const Produce& produce) {
  if (is_stdout(path)) {
    produce([](std::string_view piece) { std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  return is_regular_or_missing(path) ? replace_regular_file(path, produce) : write_in_place(path, produce);
}

bool outputs_are_safe(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
  auto refuse = [](const std::string& message) {
    std::cerr << "schemadelta: error: " << model::printable(message) << "\n";
    return false;
  };
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& out = outputs[i];
    if (is_stdout(out) || !is_regular_or_missing(out)) continue;  // stdout, devices and FIFOs take any number of writers
    const auto out_id = identity(out);
    const auto out_place = out_id ? std::nullopt : future_place(out);
    for (const auto& in : inputs) {
      if (is_stdout(in)) continue;
      if (out_id && identity(in) == out_id) return refuse("output " + out + " is the input " + in + ": it would be overwritten");
      std::error_code error;
      if (fs::is_directory(in, error) && inside_folder(out, in)) {
        return refuse("output " + out + " is inside the input folder " + in + ": the next read would take it for schema");
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      const auto& other = outputs[j];
      if (is_stdout(other) || !is_regular_or_missing(other)) continue;
      const bool same = out_id ? identity(other) == out_id : (!identity(other) && out_place && future_place(other) == out_place);
      if (same) return refuse("outputs " + other + " and " + out + " are the same file: one would overwrite the other");
    }
  }
  return true;
}

}  // namespace schemadelta::cli
