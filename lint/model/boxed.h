// SPDX-License-Identifier: Apache-2.0
// A rarely written part of a model struct, kept on the heap so that a job
// which writes none of it pays one pointer instead of the part's full size.
// On the generated 100,000-job tree the job fields Prow validates but few
// jobs write (triggers, JobBase extras, an own decoration_config) made up
// half of every Job's bytes (issue 12's memory limit).
#pragma once

#include <memory>

namespace prowlint {

/// Value semantics (copies copy the value), but absent until written. Reading
/// an absent box gives a default-constructed T, so readers need no check:
/// `job.triggers->branches` is empty when no trigger field was written.
/// `bool(box)` says whether anything was written.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(T value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT: as optional<T>
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;

  explicit operator bool() const { return value_ != nullptr; }
  bool has_value() const { return value_ != nullptr; }

  const T& operator*() const { return value_ ? *value_ : Empty(); }
  const T* operator->() const { return &**this; }

  /// The value to write into, made (default-constructed) on first use.
  T& Mutable() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }

 private:
  static const T& Empty() {
    static const T kEmpty{};
    return kEmpty;
  }

  std::unique_ptr<T> value_;
};

}  // namespace prowlint
