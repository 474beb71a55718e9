#pragma once
#include <optional>
#include <vector>

#include "domain/methodology/score.h"

namespace nok::methodology {

// The aggregate of a sphere, region, municipality or authority: the arithmetic mean of
// the total and of each criterion over the organisations assessed [L/C]. An organisation
// without data for a value is left out of that value's mean and counted in `organisations`.
class GroupMeans {
 public:
  explicit GroupMeans(std::size_t criteria) : criteria_(criteria) {}

  void add(const Score& s);

  std::size_t organisations() const { return organisations_; }
  std::size_t with_total() const { return total_.count; }
  std::optional<double> total() const { return total_.value(); }
  std::optional<double> criterion(std::size_t i) const { return criteria_[i].value(); }
  std::size_t criteria() const { return criteria_.size(); }

 private:
  struct Mean {
    double sum = 0;
    std::size_t count = 0;
    void add(const std::optional<double>& v) {
      if (!v) return;
      sum += *v;
      ++count;
    }
    std::optional<double> value() const { return count ? std::optional(sum / count) : std::nullopt; }
  };
  std::vector<Mean> criteria_;
  Mean total_;
  std::size_t organisations_ = 0;
};

}  // namespace nok::methodology
