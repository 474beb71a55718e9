#pragma once
// The additive figures of monitoring as columns of monitoring_tallies and
// monitoring_group_tallies (migration 014), each tied to its field of MonitoringTotals, so
// that SQL and the struct are matched by name, never by position.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/monitoring_store.h"

namespace nok::sql {

struct MonitoringColumn {
  std::string name;
  std::function<std::int64_t&(MonitoringTotals&)> field;
};

// Every count column, in the migration's order.
const std::vector<MonitoringColumn>& monitoring_columns();

}  // namespace nok::sql
