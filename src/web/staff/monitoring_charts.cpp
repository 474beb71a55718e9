#include "web/staff/monitoring_charts.h"

#include <algorithm>

#include "domain/survey/channel.h"
#include "web/charts/bar_chart.h"
#include "web/charts/mix_bar.h"
#include "web/charts/tile_map.h"
#include "web/charts/time_series.h"
#include "web/pages/wording.h"
#include "web/staff/monitoring_view.h"

namespace nok::web {
namespace {

// More bars than this make a chart nobody reads; the table beside it lists every row.
constexpr std::size_t kMostBars = 30;

std::string year_text(int year) { return std::to_string(year) + " год"; }

}  // namespace

std::string respondents_bars(const monitoring::Report& report) {
  std::vector<const MonitoringRow*> rows;
  for (const auto& row : report.rows) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const MonitoringRow* a, const MonitoringRow* b) {
    return a->totals.respondents > b->totals.respondents;
  });
  const std::size_t shown = std::min(rows.size(), kMostBars);
  charts::BarChart chart;
  chart.caption.id = "monitoring-bars";
  chart.caption.title = "Участники опроса: " + std::string(monitoring::plural_title(report.level)) + ", " +
                        year_text(report.filter.year);
  chart.caption.description =
      shown < rows.size()
          ? "Показаны " + std::to_string(shown) + " с наибольшим числом участников из " + std::to_string(rows.size()) +
                "; все — в таблице «Участие»."
          : "Те же числа — в таблице «Участие».";
  for (std::size_t i = 0; i < shown; ++i)
    chart.bars.push_back({rows[i]->name.empty() ? rows[i]->key : rows[i]->name,
                          static_cast<double>(rows[i]->totals.respondents)});
  return charts::bar_chart_svg(chart);
}

std::string respondents_by_month(const monitoring::Report& report) {
  charts::TimeSeries chart;
  chart.caption.id = "monitoring-months";
  chart.caption.title = "Участники опроса по месяцам";
  chart.caption.description = "Ответы, собранные в каждом месяце, " + year_text(report.filter.year) +
                              " и " + year_text(report.previous_year()) + "; те же числа — в таблице под графиком.";
  chart.first = {report.filter.year, 1};
  auto series = [](std::string name, const std::array<std::int64_t, 12>& months) {
    charts::Series s{std::move(name), {}};
    for (const auto n : months) s.values.push_back(static_cast<double>(n));
    return s;
  };
  chart.series.push_back(series(year_text(report.filter.year), report.totals.respondents_by_month));
  chart.series.push_back(series(year_text(report.previous_year()), report.previous_totals.respondents_by_month));
  chart.style = charts::SeriesStyle::columns;
  return charts::time_series_svg(chart);
}

std::string channel_mix(const monitoring::Report& report) {
  charts::MixBar chart;
  chart.caption.id = "monitoring-channels";
  chart.caption.title = "Каналы участия";
  chart.caption.description = "Доли ответов по каналам сбора; те же числа — в таблице «Каналы».";
  for (const auto channel : survey::all_channels()) chart.categories.push_back(std::string(survey::title(channel)));
  auto row = [](int year, const MonitoringTotals& t) {
    charts::MixRow r{year_text(year), {}};
    for (const auto n : t.respondents_by_channel) r.counts.push_back(static_cast<double>(n));
    return r;
  };
  chart.rows.push_back(row(report.filter.year, report.totals));
  chart.rows.push_back(row(report.previous_year(), report.previous_totals));
  return charts::mix_bar_svg(chart);
}

std::string region_map(const monitoring::Report& report) {
  charts::TileMap map;
  map.caption.id = "monitoring-map";
  map.caption.title = "Участники опроса по регионам, " + year_text(report.filter.year);
  map.caption.description = "Число участников в каждом регионе; те же числа и ссылки — в таблице «Участие».";
  map.legend_title = "Участников опроса";
  for (const auto& row : report.rows) {
    auto filter = report.filter;
    filter.region_code = row.key;
    map.regions.push_back({row.key, static_cast<double>(row.totals.respondents), "/monitoring?" + monitoring_query(filter)});
  }
  return charts::tile_map_svg(map);
}

}  // namespace nok::web
