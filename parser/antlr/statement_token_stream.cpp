#include "parser/antlr/statement_token_stream.h"

#include <typeinfo>

#include "parser/antlr/compact_token.h"

namespace schemadelta::parser::antlr {

StatementTokenStream::StatementTokenStream(antlr4::TokenSource* source) : source_(source) {
  while (true) {
    auto token = source_->nextToken();
    // The scanner's tokens are CompactToken (final: a type compare, not a cast through the
    // hierarchy); the end of a statement ListTokenSource adds is a CommonToken.
    antlr4::WritableToken* writable = typeid(*token) == typeid(CompactToken) ? static_cast<CompactToken*>(token.get())
                                                                                : dynamic_cast<antlr4::WritableToken*>(token.get());
    if (writable) writable->setTokenIndex(tokens_.size());
    const bool end = token->getType() == antlr4::Token::EOF;
    tokens_.push_back(std::move(token));
    if (end) break;
  }
}

antlr4::Token* StatementTokenStream::LT(ssize_t k) {
  if (k == 0) return nullptr;
  if (k < 0) return static_cast<ssize_t>(at_) + k < 0 ? nullptr : tokens_[at_ - static_cast<size_t>(-k)].get();
  return tokens_[std::min(at_ + static_cast<size_t>(k) - 1, tokens_.size() - 1)].get();
}

size_t StatementTokenStream::LA(ssize_t i) {
  const antlr4::Token* token = LT(i);
  return token ? token->getType() : antlr4::Token::INVALID_TYPE;
}

antlr4::Token* StatementTokenStream::get(size_t index) const {
  if (index >= tokens_.size()) {
    throw antlr4::IndexOutOfBoundsException("token index " + std::to_string(index) + " out of range 0.." + std::to_string(tokens_.size() - 1));
  }
  return tokens_[index].get();
}

void StatementTokenStream::consume() {
  if (LA(1) == antlr4::Token::EOF) throw antlr4::IllegalStateException("cannot consume EOF");
  at_ = std::min(at_ + 1, tokens_.size() - 1);
}

void StatementTokenStream::seek(size_t index) { at_ = std::min(index, tokens_.size() - 1); }

std::string StatementTokenStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < 0) return "";
  std::string text;
  const size_t stop = std::min(static_cast<size_t>(interval.b), tokens_.size() - 1);
  for (size_t i = static_cast<size_t>(interval.a); i <= stop; ++i) {
    if (tokens_[i]->getType() == antlr4::Token::EOF) break;
    text += tokens_[i]->getText();
  }
  return text;
}

std::string StatementTokenStream::getText() { return getText(antlr4::misc::Interval(size_t{0}, tokens_.size() - 1)); }

std::string StatementTokenStream::getText(antlr4::RuleContext* ctx) { return getText(ctx->getSourceInterval()); }

std::string StatementTokenStream::getText(antlr4::Token* start, antlr4::Token* stop) {
  if (!start || !stop) return "";
  return getText(antlr4::misc::Interval(start->getTokenIndex(), stop->getTokenIndex()));
}

}  // namespace schemadelta::parser::antlr
