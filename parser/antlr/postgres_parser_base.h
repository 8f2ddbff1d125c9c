#pragma once
// Base class of the generated PostgresParser: the runtime's rule entry and exit without a
// dynamic_cast each. In ANTLR's C++ runtime (4.9) `enterRule` adds the new context to its parent
// and `exitRule` returns to the parent, both through `dynamic_cast<ParserRuleContext*>`, a
// quarter of a microsecond twice per rule invoked: 10% of all instructions of a diff. A parser's
// contexts only ever have parser contexts (or nothing) as parents, so a static cast is exact.
#include <antlr4-runtime.h>

namespace schemadelta::parser::antlr {

class PostgresParserBase : public antlr4::Parser {
 public:
  explicit PostgresParserBase(antlr4::TokenStream* input) : antlr4::Parser(input) {}

  // Hides antlr4::Parser::exitRule (not virtual): the generated rules call this one. The same
  // steps as the runtime's.
  void exitRule() {
    _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
    if (!_parseListeners.empty()) triggerExitRuleEvent();
    setState(_ctx->invokingState);
    _ctx = static_cast<antlr4::ParserRuleContext*>(_ctx->parent);
  }

 protected:
  void addContextToParseTree() override {
    if (_ctx->parent) static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
  }
};

}  // namespace schemadelta::parser::antlr
