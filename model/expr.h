#pragma once
// An expression or body the model does not interpret: what the user wrote, its canonical form
// (compared), and the search_path it was written under (to emit it back faithfully).
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemadelta::model {

struct Expr {
  std::string original;
  std::string canonical;
  std::vector<std::string> search_path;
  bool operator==(const Expr& other) const { return canonical == other.canonical; }
};

// An expression most objects leave out (a column's default, a constraint's check), held on the
// heap: 8 bytes when absent, where a std::optional<Expr> takes 96 whether set or not (a table of
// many columns paid that twice per column). Reads and writes like a std::optional<Expr>; a copy
// copies the expression.
class OptionalExpr {
 public:
  OptionalExpr() = default;
  OptionalExpr(std::nullopt_t) {}
  OptionalExpr(Expr expr) : expr_(std::make_unique<Expr>(std::move(expr))) {}
  OptionalExpr(std::optional<Expr> expr) : expr_(expr ? std::make_unique<Expr>(std::move(*expr)) : nullptr) {}
  OptionalExpr(const OptionalExpr& other) : expr_(other.expr_ ? std::make_unique<Expr>(*other.expr_) : nullptr) {}
  OptionalExpr(OptionalExpr&&) noexcept = default;
  OptionalExpr& operator=(const OptionalExpr& other) {
    if (this != &other) expr_ = other.expr_ ? std::make_unique<Expr>(*other.expr_) : nullptr;
    return *this;
  }
  OptionalExpr& operator=(OptionalExpr&&) noexcept = default;
  OptionalExpr& operator=(std::nullopt_t) {
    expr_.reset();
    return *this;
  }
  OptionalExpr& operator=(Expr expr) {
    expr_ = std::make_unique<Expr>(std::move(expr));
    return *this;
  }

  bool has_value() const { return expr_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const Expr& operator*() const { return *expr_; }
  Expr& operator*() { return *expr_; }
  const Expr* operator->() const { return expr_.get(); }
  Expr* operator->() { return expr_.get(); }
  const Expr& value() const {
    if (!expr_) throw std::bad_optional_access();
    return *expr_;
  }
  Expr& value() {
    if (!expr_) throw std::bad_optional_access();
    return *expr_;
  }
  void reset() { expr_.reset(); }
  template <typename... Args>
  Expr& emplace(Args&&... args) {
    expr_ = std::make_unique<Expr>(Expr{std::forward<Args>(args)...});
    return *expr_;
  }
  operator std::optional<Expr>() const { return expr_ ? std::optional<Expr>(*expr_) : std::nullopt; }

  friend bool operator==(const OptionalExpr& a, const OptionalExpr& b) {
    return a.expr_ ? b.expr_ && *a.expr_ == *b.expr_ : !b.expr_;
  }
  friend bool operator==(const OptionalExpr& a, std::nullopt_t) { return !a.expr_; }

 private:
  std::unique_ptr<Expr> expr_;
};

}  // namespace schemadelta::model
