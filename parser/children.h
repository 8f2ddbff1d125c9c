#pragma once
// Reading a context's children in one pass. ANTLR 4.9's generated accessors (ctx->KEYWORD(),
// ctx->rule()) each walk all of a context's children with a dynamic_cast per child, and a failed
// dynamic_cast from a rule context climbs its class chain comparing type names: a builder that
// asks a node eight questions walks its children eight times. A builder that asks more than one
// or two reads the children once instead, switching on token type and rule index.
#include <typeinfo>
#include <vector>

#include "PostgresParser.h"

namespace schemadelta::parser {

// The terminal node, or null for a rule context. The exact type first (a compare of type_info
// names), so no child costs a dynamic_cast. TerminalNodeImpl reaches TerminalNode through a
// virtual base, but ParseTree is TerminalNode's plain base and a terminal child is stored as the
// ParseTree inside its TerminalNode, so the static cast back is exact.
inline bool is_terminal_node(antlr4::tree::ParseTree* node) {
  // type_info's == compares the names with strcmp unless they are the same object, and a rule
  // context's never is: types whose mangled names differ in their first two characters (a
  // context of this parser against the runtime's node types) are told apart without the call.
  auto same = [](const std::type_info& a, const std::type_info& b) {
    if (&a == &b) return true;
    const char *x = a.name(), *y = b.name();
    return x[0] == y[0] && x[0] != '\0' && x[1] == y[1] && a == b;
  };
  const std::type_info& type = typeid(*node);
  return same(type, typeid(antlr4::tree::TerminalNodeImpl)) || same(type, typeid(antlr4::tree::ErrorNodeImpl));
}

inline antlr4::tree::TerminalNode* as_terminal(antlr4::tree::ParseTree* node) {
  return is_terminal_node(node) ? static_cast<antlr4::tree::TerminalNode*>(node) : nullptr;
}

// The rule context a child is when it is not a terminal (every other child of the generated
// parser's contexts is one), else null.
inline antlr4::ParserRuleContext* as_rule(antlr4::tree::ParseTree* node) {
  return is_terminal_node(node) ? nullptr : static_cast<antlr4::ParserRuleContext*>(node);
}

// The token type of a terminal child, 0 (Token::INVALID_TYPE) for a rule context.
inline size_t token_type(antlr4::tree::ParseTree* node) {
  auto* terminal = as_terminal(node);
  return terminal ? terminal->getSymbol()->getType() : antlr4::Token::INVALID_TYPE;
}

// A context's children read once, for a builder that asks a node many questions: each later
// question looks through a short list of integers instead of casting every child again. The
// answers are the generated accessors': the first (or nth) child of a token type or rule.
class Children {
 public:
  explicit Children(antlr4::ParserRuleContext* context) {
    children_.reserve(context->children.size());
    for (auto* child : context->children) {
      if (auto* terminal = as_terminal(child)) {
        children_.push_back({child, terminal, terminal->getSymbol()->getType(), kNoRule});
      } else {
        children_.push_back({child, nullptr, antlr4::Token::INVALID_TYPE, static_cast<antlr4::ParserRuleContext*>(child)->getRuleIndex()});
      }
    }
  }

  // The nth terminal child of a token type (ctx->KEYWORD()), or null.
  antlr4::tree::TerminalNode* token(size_t type, size_t nth = 0) const {
    for (const auto& child : children_) {
      if (child.terminal && child.token == type && nth-- == 0) return child.terminal;
    }
    return nullptr;
  }
  bool has(size_t type) const { return token(type) != nullptr; }

  // The nth child of a rule (ctx->rule(), ctx->rule(n)), or null.
  template <typename Context>
  Context* rule(size_t index, size_t nth = 0) const {
    for (const auto& child : children_) {
      if (child.rule == index && nth-- == 0) return static_cast<Context*>(child.node);
    }
    return nullptr;
  }
  // Every child of a rule, in order.
  template <typename Context>
  std::vector<Context*> rules(size_t index) const {
    std::vector<Context*> result;
    for (const auto& child : children_) {
      if (child.rule == index) result.push_back(static_cast<Context*>(child.node));
    }
    return result;
  }

 private:
  static constexpr size_t kNoRule = static_cast<size_t>(-1);
  struct Child {
    antlr4::tree::ParseTree* node;
    antlr4::tree::TerminalNode* terminal;
    size_t token;
    size_t rule;
  };
  std::vector<Child> children_;
};

}  // namespace schemadelta::parser
