#pragma once
// A sequence of small trivially copyable values in chunks of 256 KiB mapped from the system,
// each unmapped as soon as the reader says it is done with it: its pages leave the process at
// once, where memory freed to the allocator stays resident (a table of 100,000 columns' packed
// list tokens, 4.7 MB, were resident until the statement was built, beside the grown model).
#include <sys/mman.h>

#include <cstddef>
#include <new>
#include <type_traits>
#include <vector>

namespace schemadelta::parser {

template <typename T>
class MappedChunks {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  static constexpr std::size_t kChunkBytes = 256 * 1024;
  static constexpr std::size_t kPerChunk = kChunkBytes / sizeof(T);

 public:
  MappedChunks() = default;
  MappedChunks(const MappedChunks&) = delete;
  MappedChunks& operator=(const MappedChunks&) = delete;
  MappedChunks(MappedChunks&& other) noexcept { swap(other); }
  MappedChunks& operator=(MappedChunks&& other) noexcept {
    MappedChunks moved(std::move(other));
    swap(moved);
    return *this;
  }
  ~MappedChunks() { clear(); }

  void push_back(const T& value) {
    if (size_ == chunks_.size() * kPerChunk) {
      void* chunk = mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (chunk == MAP_FAILED) throw std::bad_alloc();
      chunks_.push_back(static_cast<T*>(chunk));
    }
    chunks_[size_ / kPerChunk][size_ % kPerChunk] = value;
    ++size_;
  }
  // Value i, not released.
  const T& operator[](std::size_t i) const { return chunks_[i / kPerChunk][i % kPerChunk]; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The values before `i` are read no more: the chunks holding only them are unmapped.
  void release_before(std::size_t i) {
    for (; released_ < chunks_.size() && (released_ + 1) * kPerChunk <= i; ++released_) {
      munmap(chunks_[released_], kChunkBytes);
      chunks_[released_] = nullptr;
    }
  }
  void clear() {
    for (std::size_t c = released_; c < chunks_.size(); ++c) munmap(chunks_[c], kChunkBytes);
    chunks_.clear();
    size_ = released_ = 0;
  }

 private:
  void swap(MappedChunks& other) noexcept {
    chunks_.swap(other.chunks_);
    std::swap(size_, other.size_);
    std::swap(released_, other.released_);
  }

  std::vector<T*> chunks_;
  std::size_t size_ = 0;
  std::size_t released_ = 0;  // chunks unmapped, from the first
};

}  // namespace schemadelta::parser
