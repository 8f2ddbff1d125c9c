#include "sql/object_names.h"

namespace schemadelta::sql {

std::string clip_utf8(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return std::string(text);
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut));
}

std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label) {
  std::size_t name1_chars = name1.size();
  std::size_t name2_chars = name2.size();
  std::size_t overhead = 0;
  if (!label.empty()) overhead += label.size() + 1;
  if (!name2.empty()) overhead += 1;
  const std::size_t available = k_max_identifier_bytes - overhead;
  while (name1_chars + name2_chars > available) {
    if (name1_chars > name2_chars) --name1_chars; else --name2_chars;
  }
  std::string result = clip_utf8(name1, name1_chars);
  if (!name2.empty()) result += "_" + clip_utf8(name2, name2_chars);
  if (!label.empty()) result += "_" + std::string(label);
  return result;
}

}  // namespace schemadelta::sql
