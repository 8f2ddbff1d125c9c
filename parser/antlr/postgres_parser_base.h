#pragma once
// Base class of the generated PostgresParser: the runtime's rule entry and exit without a
// dynamic_cast each. In ANTLR's C++ runtime (4.9) `enterRule` adds the new context to its parent
// and `exitRule` returns to the parent, both through `dynamic_cast<ParserRuleContext*>`, a
// quarter of a microsecond twice per rule invoked: 10% of all instructions of a diff. A parser's
// contexts only ever have parser contexts (or nothing) as parents, so a static cast is exact.
//
// The generated rules also name `finally` and `getInterpreter<...>()` unqualified, so members of
// this class of the same names are the ones they call (class scope is searched before the
// `using namespace antlrcpp` of the generated file): the rule's exit without a std::function, and
// the prediction's simulator without a dynamic_cast.
#include <antlr4-runtime.h>

#include <type_traits>
#include <utility>

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

  // What a rule runs when it is left, normally or by an exception (a bail-out of the SLL pass).
  template <class Action>
  class OnExit {
   public:
    explicit OnExit(Action action) : action_(std::move(action)) {}
    OnExit(const OnExit&) = delete;
    OnExit& operator=(const OnExit&) = delete;
    ~OnExit() { action_(); }

   private:
    Action action_;
  };
  // Hides antlrcpp::finally for the generated rules: `auto onExit = finally(...)` is built in
  // place (guaranteed copy elision), so the action runs once.
  template <class Action>
  static OnExit<Action> finally(Action action) {
    return OnExit<Action>(std::move(action));
  }

  // Hides antlr4::Recognizer::getInterpreter: this parser's simulator is always the
  // ParserATNSimulator the generated constructor makes.
  template <class Simulator>
  Simulator* getInterpreter() const {
    static_assert(std::is_same_v<Simulator, antlr4::atn::ParserATNSimulator>);
    return static_cast<Simulator*>(_interpreter);
  }

 protected:
  void addContextToParseTree() override {
    if (_ctx->parent) static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
    // Room for a few children at once: a vector grown one child at a time reallocated 1, 2, 4.
    _ctx->children.reserve(kChildrenReserved);
  }
  static constexpr std::size_t kChildrenReserved = 4;
};

}  // namespace schemadelta::parser::antlr
