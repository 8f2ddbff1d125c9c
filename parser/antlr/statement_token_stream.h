#pragma once
// One statement's tokens as the parser reads them. The session hands each statement its own
// tokens, all on the default channel, so the stream is a vector and an index: `LT(k)` is one
// lookup. ANTLR's CommonTokenStream over a ListTokenSource, which it replaces, fetched tokens one
// at a time with a dynamic_cast each, synced and skipped channels on every look-ahead: 8% of all
// instructions of a diff. Same answers as CommonTokenStream for tokens on one channel.
#include <memory>
#include <string>
#include <vector>

#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class StatementTokenStream final : public antlr4::TokenStream {
 public:
  // Takes every token `source` gives, through its EOF, and numbers them.
  explicit StatementTokenStream(antlr4::TokenSource* source);

  antlr4::Token* LT(ssize_t k) override;
  size_t LA(ssize_t i) override;
  antlr4::Token* get(size_t index) const override;
  antlr4::TokenSource* getTokenSource() const override { return source_; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string getText() override;
  std::string getText(antlr4::RuleContext* ctx) override;
  std::string getText(antlr4::Token* start, antlr4::Token* stop) override;
  void consume() override;
  ssize_t mark() override { return 0; }
  void release(ssize_t) override {}
  size_t index() override { return at_; }
  void seek(size_t index) override;
  size_t size() override { return tokens_.size(); }
  std::string getSourceName() const override { return source_->getSourceName(); }

 private:
  antlr4::TokenSource* source_;
  std::vector<std::unique_ptr<antlr4::Token>> tokens_;  // the last is EOF
  size_t at_ = 0;
};

}  // namespace schemadelta::parser::antlr
