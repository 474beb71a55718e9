#pragma once
#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace nok::metrics {

// A Prometheus histogram of durations in seconds with fixed buckets (50 µs … 5 s).
// Lock-free to record; registered once by name and labels and alive for the process.
class Histogram {
 public:
  static constexpr std::array<double, 12> kBounds{0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025,
                                                  0.005,   0.01,   0.05,    0.1,    0.5,   5.0};
  void observe(double seconds);

 private:
  friend std::string render();
  std::array<std::atomic<std::uint64_t>, kBounds.size() + 1> buckets_{};
  std::atomic<std::uint64_t> count_{0};
  std::atomic<std::uint64_t> sum_micros_{0};
};

class Counter {
 public:
  void add(std::uint64_t n = 1) { value_.fetch_add(n, std::memory_order_relaxed); }

 private:
  friend std::string render();
  std::atomic<std::uint64_t> value_{0};
};

// A value that goes up and down (a queue's length), set by whoever measures it.
class Gauge {
 public:
  void set(std::int64_t value) { value_.store(value, std::memory_order_relaxed); }

 private:
  friend std::string render();
  std::atomic<std::int64_t> value_{0};
};

// `labels` is the inside of the braces, e.g. `route="/o/{code}",status="200"`.
Histogram& histogram(const std::string& name, const std::string& labels);
Counter& counter(const std::string& name, const std::string& labels);
Gauge& gauge(const std::string& name, const std::string& labels);

// Everything registered, in the Prometheus text exposition format.
std::string render();

// Records the time from construction to destruction into a histogram.
class Timer {
 public:
  explicit Timer(Histogram& h);
  ~Timer();

 private:
  Histogram& histogram_;
  std::int64_t start_ns_;
};

}  // namespace nok::metrics
