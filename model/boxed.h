#pragma once
// Parts of an object most objects leave out (a column's default, collation or identity), held on
// the heap: 8 bytes when absent, where the value inline costs its full size on every object (a
// table of 125,000 columns paid a 200-byte identity per column). Both copy what they hold.
#include <compare>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

namespace schemadelta::model {

// A std::unique_ptr that copies what it points to.
template <typename T>
class CopiedPtr : public std::unique_ptr<T> {
 public:
  using std::unique_ptr<T>::unique_ptr;
  CopiedPtr(std::unique_ptr<T> value) : std::unique_ptr<T>(std::move(value)) {}
  CopiedPtr(const CopiedPtr& other) : std::unique_ptr<T>(other ? std::make_unique<T>(*other) : nullptr) {}
  CopiedPtr(CopiedPtr&&) noexcept = default;
  CopiedPtr& operator=(const CopiedPtr& other) {
    if (this != &other) this->reset(other ? new T(*other) : nullptr);
    return *this;
  }
  CopiedPtr& operator=(CopiedPtr&&) noexcept = default;
};

// Reads and writes like a std::optional<T>.
template <typename T>
class BoxedOptional {
 public:
  BoxedOptional() = default;
  BoxedOptional(std::nullopt_t) {}
  BoxedOptional(T value) : value_(std::make_unique<T>(std::move(value))) {}
  BoxedOptional(std::optional<T> value) : value_(value ? std::make_unique<T>(std::move(*value)) : nullptr) {}
  BoxedOptional& operator=(std::nullopt_t) {
    value_.reset();
    return *this;
  }
  BoxedOptional& operator=(T value) {
    value_ = std::make_unique<T>(std::move(value));
    return *this;
  }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *value_; }
  T& operator*() { return *value_; }
  const T* operator->() const { return value_.get(); }
  T* operator->() { return value_.get(); }
  const T& value() const {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  T& value() {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  void reset() { value_.reset(); }
  template <typename... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(T{std::forward<Args>(args)...});
    return *value_;
  }
  operator std::optional<T>() const { return value_ ? std::optional<T>(*value_) : std::nullopt; }

  friend bool operator==(const BoxedOptional& a, const BoxedOptional& b) {
    return a.value_ ? b.value_ && *a.value_ == *b.value_ : !b.value_;
  }
  friend bool operator==(const BoxedOptional& a, std::nullopt_t) { return !a.value_; }

 private:
  CopiedPtr<T> value_;
};

// A value that is there on every object but at its default on most (a column's identity: None):
// reads see T{} when nothing is held; edit() makes the value to change it. An empty box equals
// one holding T{}.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(T value) {
    if (!(value == T{})) value_ = std::make_unique<T>(std::move(value));
  }

  const T& operator*() const { return value_ ? *value_ : default_value(); }
  const T* operator->() const { return &**this; }
  T& edit() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  // The value to change when one is held, else nullptr: clearing a part of an empty box leaves it
  // empty instead of making one.
  T* held() { return value_.get(); }

  friend bool operator==(const Boxed& a, const Boxed& b) { return *a == *b; }

 private:
  static const T& default_value() {
    static const T value{};
    return value;
  }
  CopiedPtr<T> value_;
};

// A string most objects leave empty (a column's STORAGE, COMPRESSION, NOT NULL constraint name; a
// type's schema and modifiers, empty for a built-in type without them):
// 8 bytes when empty instead of a std::string's 32. Reads as a const std::string& (str(), or
// where one is expected; in a `?:` with a std::string, str()); made or set from a std::string or
// a literal (`TypeRef{"", "integer", "", 0}`), an empty one frees it; ordered as its text.
class BoxedString {
 public:
  BoxedString() = default;
  BoxedString(std::string value) { *this = std::move(value); }
  BoxedString(const char* value) { *this = std::string(value); }
  BoxedString& operator=(std::string value) {
    if (value.empty()) {
      value_.reset();
    } else {
      value_ = std::make_unique<std::string>(std::move(value));
    }
    return *this;
  }
  BoxedString& operator=(const char* value) { return *this = std::string(value); }

  const std::string& str() const { return value_ ? *value_ : empty_string(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return !value_; }
  void clear() { value_.reset(); }

  friend bool operator==(const BoxedString& a, const BoxedString& b) { return a.str() == b.str(); }
  friend bool operator==(const BoxedString& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const BoxedString& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const BoxedString& a, const BoxedString& b) { return a.str() <=> b.str(); }
  friend std::string operator+(std::string a, const BoxedString& b) { return std::move(a) += b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const BoxedString& s) { return out << s.str(); }

 private:
  static const std::string& empty_string() {
    static const std::string value;
    return value;
  }
  CopiedPtr<std::string> value_;
};

}  // namespace schemadelta::model
