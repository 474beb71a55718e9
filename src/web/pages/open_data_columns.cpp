#include "web/pages/open_data_columns.h"

#include <algorithm>

namespace nok::web {
namespace {

const std::vector<OpenDataColumn> kLeading = {
    {"year", "integer", "Год оценки", "", ""},
    {"region_code", "string", "Код региона", "", ""},
    {"authority", "string", "Уполномоченный орган, опубликовавший результаты", "", ""},
    {"org_code", "string", "Код организации в системе", "", ""},
    {"inn", "string", "ИНН организации", "", ""},
    {"name", "string", "Наименование организации", "", ""},
    {"sphere", "string", "Сфера: culture, health, education, social, mse", "", ""},
    {"edition", "integer", "Редакция результатов (исправления — новые редакции)", "", ""},
    {"published_at", "datetime", "Время публикации (UTC)", "", ""},
    {"methodology", "string", "Идентификатор издания методики, по которому рассчитаны значения", "", ""},
    {"respondents", "integer", "Число опрошенных", "", ""},
    {"total", "number", "Итоговый показатель, баллы от 0 до 100", "", ""},
    {"total_low", "number",
     "Нижняя граница итогового показателя с учётом случайности выборки: каждая доля ответов на нижней границе "
     "её 95-процентного интервала Уилсона",
     "range", "low"},
    {"total_high", "number", "Верхняя граница итогового показателя с учётом случайности выборки", "range", "high"},
};
const std::vector<OpenDataColumn> kTrailing = {
    {"deficiencies", "string", "Недостатки, выявленные оператором (по одному в строке)", "", ""},
    {"proposals", "string", "Предложения общественного совета (по одному в строке)", "", ""},
};

}  // namespace

std::span<const OpenDataColumn> leading_columns() { return kLeading; }
std::span<const OpenDataColumn> trailing_columns() { return kTrailing; }

std::vector<OpenDataColumn> score_columns(EditionCatalog& editions, const std::vector<std::string>& methodology_ids) {
  std::vector<const methodology::Methodology*> used;
  for (const auto& id : methodology_ids) used.push_back(&editions.of_cycle(id));
  if (used.empty()) used.push_back(&methodology::default_methodology());
  std::vector<OpenDataColumn> criteria, indicators;
  const auto add = [](std::vector<OpenDataColumn>& to, OpenDataColumn column) {
    if (std::none_of(to.begin(), to.end(), [&](const auto& c) { return c.name == column.name; }))
      to.push_back(std::move(column));
  };
  for (const auto* m : used) {
    for (const auto& k : m->criteria)
      add(criteria, {k.id, "number", k.title + ", баллы от 0 до 100", "criteria", k.id});
    for (const auto& i : m->indicators)
      add(indicators, {"i" + i.id, "number", i.title + ", баллы от 0 до 100", "indicators", i.id});
  }
  criteria.insert(criteria.end(), indicators.begin(), indicators.end());
  return criteria;
}

const std::vector<const monitoring::Metric*>& public_metrics() {
  static const std::vector<const monitoring::Metric*> metrics = [] {
    std::vector<const monitoring::Metric*> out;
    for (const auto& section : monitoring::sections())
      if (section.key != "appeals")
        for (const auto& metric : section.metrics)
          if (metric.key != "organisations") out.push_back(&metric);  // 1 on every organisation's row
    return out;
  }();
  return metrics;
}

std::vector<OpenDataColumn> activity_columns() {
  std::vector<OpenDataColumn> out;
  for (const char* name : {"year", "region_code", "org_code", "name"})
    out.push_back(*std::find_if(kLeading.begin(), kLeading.end(), [&](const auto& c) { return c.name == name; }));
  for (const auto& section : monitoring::sections())
    for (const auto& metric : section.metrics)
      if (std::find(public_metrics().begin(), public_metrics().end(), &metric) != public_metrics().end())
        out.push_back({metric.key, metric.kind == monitoring::MetricKind::count ? "integer" : "number",
                       section.title + ": " + metric.title, "", ""});
  return out;
}

}  // namespace nok::web
