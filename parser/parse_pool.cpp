#include "parser/parse_pool.h"

#include <thread>

#include "parser/large_stack.h"

namespace schemadelta::parser {

ParsePool::ParsePool(unsigned threads) {
  for (unsigned i = 0; i < threads; ++i) {
    pthread_attr_t attributes;
    pthread_t thread;
    const bool made = pthread_attr_init(&attributes) == 0 && pthread_attr_setstacksize(&attributes, kParseStackBytes) == 0 &&
                      pthread_create(&thread, &attributes, &ParsePool::work, this) == 0;
    pthread_attr_destroy(&attributes);
    if (!made) break;  // fewer threads; with none, submit runs tasks in place
    threads_.push_back(thread);
  }
}

ParsePool::~ParsePool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  for (auto thread : threads_) pthread_join(thread, nullptr);
}

std::future<void> ParsePool::submit(std::function<void()> task) {
  std::packaged_task<void()> packaged(std::move(task));
  auto done = packaged.get_future();
  if (threads_.empty()) {
    packaged();
    return done;
  }
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(packaged));
  }
  queued_.notify_one();
  return done;
}

unsigned ParsePool::default_threads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

void* ParsePool::work(void* pool) {
  static_cast<ParsePool*>(pool)->run();
  return nullptr;
}

void ParsePool::run() {
  for (;;) {
    std::packaged_task<void()> task;
    {
      std::unique_lock lock(mutex_);
      queued_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task();  // an exception is kept in the task's future
  }
}

}  // namespace schemadelta::parser
