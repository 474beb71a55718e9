#include "domain/methodology/comparison.h"

namespace nok::methodology {

Standing compare(const Range& total, double mean) {
  if (total.low > mean) return Standing::above;
  if (total.high < mean) return Standing::below;
  return Standing::same;
}

Standing compare(const Range& now, const Range& before) {
  if (now.low > before.high) return Standing::above;
  if (now.high < before.low) return Standing::below;
  return Standing::same;
}

}  // namespace nok::methodology
