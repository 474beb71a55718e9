#include "core/metrics.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

namespace nok::metrics {
namespace {

struct Registry {
  std::mutex mutex;
  // name → labels → metric; std::map keeps the output stable and grouped by name.
  std::map<std::string, std::map<std::string, std::unique_ptr<Histogram>>> histograms;
  std::map<std::string, std::map<std::string, std::unique_ptr<Counter>>> counters;
  std::map<std::string, std::map<std::string, std::unique_ptr<Gauge>>> gauges;
};

Registry& registry() {
  static Registry r;
  return r;
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

template <class Metric>
Metric& find_or_add(std::map<std::string, std::map<std::string, std::unique_ptr<Metric>>>& all,
                    const std::string& name, const std::string& labels) {
  std::lock_guard lock(registry().mutex);
  auto& slot = all[name][labels];
  if (!slot) slot = std::make_unique<Metric>();
  return *slot;
}

std::string with_label(const std::string& labels, const std::string& extra) {
  return "{" + labels + (labels.empty() ? "" : ",") + extra + "}";
}

}  // namespace

void Histogram::observe(double seconds) {
  std::size_t i = 0;
  while (i < kBounds.size() && seconds > kBounds[i]) ++i;
  buckets_[i].fetch_add(1, std::memory_order_relaxed);
  count_.fetch_add(1, std::memory_order_relaxed);
  sum_micros_.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

Histogram& histogram(const std::string& name, const std::string& labels) {
  return find_or_add(registry().histograms, name, labels);
}

Counter& counter(const std::string& name, const std::string& labels) {
  return find_or_add(registry().counters, name, labels);
}

Gauge& gauge(const std::string& name, const std::string& labels) {
  return find_or_add(registry().gauges, name, labels);
}

std::string render() {
  std::lock_guard lock(registry().mutex);
  std::string out;
  // Counters and gauges: one number per series.
  auto render_values = [&out](const auto& all, const char* type) {
    for (const auto& [name, series] : all) {
      out += "# TYPE " + name + " " + type + "\n";
      for (const auto& [labels, m] : series)
        out += name + (labels.empty() ? "" : "{" + labels + "}") + " " + std::to_string(m->value_.load()) + "\n";
    }
  };
  render_values(registry().counters, "counter");
  render_values(registry().gauges, "gauge");
  for (const auto& [name, series] : registry().histograms) {
    out += "# TYPE " + name + " histogram\n";
    for (const auto& [labels, h] : series) {
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i < Histogram::kBounds.size(); ++i) {
        cumulative += h->buckets_[i].load();
        char le[32];
        std::snprintf(le, sizeof le, "le=\"%g\"", Histogram::kBounds[i]);
        out += name + "_bucket" + with_label(labels, le) + " " + std::to_string(cumulative) + "\n";
      }
      out += name + "_bucket" + with_label(labels, "le=\"+Inf\"") + " " + std::to_string(h->count_.load()) + "\n";
      char sum[64];
      std::snprintf(sum, sizeof sum, "%.6f", h->sum_micros_.load() / 1e6);
      std::string l = labels.empty() ? "" : "{" + labels + "}";
      out += name + "_sum" + l + " " + sum + "\n";
      out += name + "_count" + l + " " + std::to_string(h->count_.load()) + "\n";
    }
  }
  return out;
}

Timer::Timer(Histogram& h) : histogram_(h), start_ns_(now_ns()) {}
Timer::~Timer() { histogram_.observe(static_cast<double>(now_ns() - start_ns_) / 1e9); }

}  // namespace nok::metrics
