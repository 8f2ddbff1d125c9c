#pragma once
// Threads that parse statements while the thread that scans a file builds them in input order
// (`--jobs`). Each thread has the large stack a deeply nested statement needs. One pool may
// serve several parses at once (the two snapshots of a diff).
#include <pthread.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <vector>

namespace schemadelta::parser {

class ParsePool {
 public:
  explicit ParsePool(unsigned threads);
  ~ParsePool();  // runs what is queued, then stops
  ParsePool(const ParsePool&) = delete;
  ParsePool& operator=(const ParsePool&) = delete;

  std::future<void> submit(std::function<void()> task);
  unsigned threads() const { return static_cast<unsigned>(threads_.size()); }

  // The machine's cores, at least one.
  static unsigned default_threads();

 private:
  static void* work(void* pool);
  void run();

  std::mutex mutex_;
  std::condition_variable queued_;
  std::deque<std::packaged_task<void()>> queue_;
  bool stopping_ = false;
  std::vector<pthread_t> threads_;
};

}  // namespace schemadelta::parser
