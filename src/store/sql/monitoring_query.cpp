#include "store/sql/monitoring_query.h"

#include "store/sql/monitoring_columns.h"

namespace nok::sql {

void add_conditions(Query& query, const MonitoringFilter& filter, const Place& place) {
  auto equal = [&](std::string_view field, Param value) { (query.where(field) += " = ").bind(value); };
  if (!filter.region_code.empty()) equal(place.region, std::string_view(filter.region_code));
  if (filter.authority_id != 0) equal(place.authority, filter.authority_id);
  if (!filter.municipality.empty()) equal(place.municipality, std::string_view(filter.municipality));
  if (!filter.sphere.empty()) equal(place.sphere, std::string_view(filter.sphere));
  if (!filter.organisation_code.empty()) {
    if (place.organisation.empty()) throw DatabaseError("мониторинг: код организации в фильтре сумм по группам");
    (query.where(place.organisation) += " = (SELECT id FROM organisations WHERE code = ")
        .bind(std::string_view(filter.organisation_code)) += ")";
  }
}

const std::string& count_columns() {
  static const std::string columns = [] {
    std::string out;
    for (const auto& column : monitoring_columns()) out += ", t." + column.name;
    return out;
  }();
  return columns;
}

const std::string& summed_count_columns() {
  static const std::string columns = [] {
    std::string out;
    for (const auto& column : monitoring_columns()) out += ", SUM(t." + column.name + ") AS " + column.name;
    return out;
  }();
  return columns;
}

double median(const std::map<std::int64_t, std::int64_t>& histogram) {
  std::int64_t n = 0;
  for (const auto& [days, count] : histogram) n += count;
  auto nth = [&](std::int64_t index) {  // 0-based
    for (const auto& [days, count] : histogram) {
      if (index < count) return static_cast<double>(days);
      index -= count;
    }
    return 0.0;
  };
  return (nth((n - 1) / 2) + nth(n / 2)) / 2;
}

}  // namespace nok::sql
