#pragma once
// Parsing recurses once per nesting level (ANTLR's rules, the expression normalizer). The
// nesting guard caps the levels; this gives the parse a stack those levels fit in, whatever the
// stack of the calling thread.
#include <pthread.h>

#include <exception>

namespace schemadelta::parser {

constexpr std::size_t kParseStackBytes = std::size_t{512} << 20;  // reserved, committed only as used

// Runs `work` on a thread with a kParseStackBytes stack and waits for it; exceptions pass through.
// Runs it in place when no such thread can be made.
template <typename Work>
void run_with_large_stack(Work& work) {
  struct Call {
    Work* work;
    std::exception_ptr error;
  } call{&work, nullptr};
  auto body = [](void* argument) -> void* {
    auto* c = static_cast<Call*>(argument);
    try {
      (*c->work)();
    } catch (...) {
      c->error = std::current_exception();
    }
    return nullptr;
  };
  pthread_attr_t attributes;
  pthread_t thread;
  const bool ready = pthread_attr_init(&attributes) == 0 && pthread_attr_setstacksize(&attributes, kParseStackBytes) == 0 &&
                     pthread_create(&thread, &attributes, body, &call) == 0;
  pthread_attr_destroy(&attributes);
  if (!ready) {
    work();
    return;
  }
  pthread_join(thread, nullptr);
  if (call.error) std::rethrow_exception(call.error);
}

}  // namespace schemadelta::parser
