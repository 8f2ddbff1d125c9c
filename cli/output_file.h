#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace schemadelta::cli {

// Writes `text` to `path` ("" or "-" is stdout) all at once. A regular file (or a symlink to one,
// which stays a symlink) is replaced through a temporary file with a unique name made with
// O_EXCL in the same folder, so an error never leaves a half-written script and a planted file
// or symlink is never written through. Anything else (a device such as /dev/null, a FIFO,
// /dev/stdout) is written directly, never replaced.
bool write_output(const std::string& path, const std::string& text);

// The same, with the text made as it is written: `produce` hands it to `put` a piece at a time,
// so it is never held whole (the model JSON of a table of 100,000 columns is tens of MB). If
// `produce` throws, a replaced file is left as it was and the exception goes on.
using PutText = std::function<void(std::string_view)>;
bool write_output(const std::string& path, const std::function<void(const PutText& put)>& produce);

// Exit-2 check before any work: no output may be an input (the same file by identity, or a file
// inside an input folder), and no two outputs may be the same file. Says why on stderr.
bool outputs_are_safe(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

}  // namespace schemadelta::cli
