#include "domain/methodology/group_means.h"

namespace nok::methodology {

void GroupMeans::add(const Score& s) {
  ++organisations_;
  total_.add(s.total);
  for (std::size_t i = 0; i < criteria_.size() && i < s.criteria.size(); ++i) criteria_[i].add(s.criteria[i]);
}

}  // namespace nok::methodology
