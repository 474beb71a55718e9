#pragma once
// The figures of the monitoring, named once: the page's tables, the XLSX and CSV columns and
// the JSON keys all come from this list, so a figure cannot mean one thing on the page and
// another in the export.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/monitoring_store.h"

namespace nok::monitoring {

// How a figure is written: a count (whole), a mean in points (two places), a percentage
// (one place, 87.5 not 0.875), a number of days (one place).
enum class MetricKind { count, mean, percent, days };

int decimals(MetricKind kind);

// A figure as a plain number for files: whole for a count, else with decimals(kind) places
// and a decimal point ("87.5"); empty when there is none.
std::string plain_figure(const std::optional<double>& value, MetricKind kind);

struct Metric {
  std::string key;    // stable, for JSON and machines: "respondents", "channel_web"
  std::string title;  // Russian, for tables and column headers
  MetricKind kind = MetricKind::count;
  // The figure of a group; nullopt when it cannot be computed (a share of nothing, a mean
  // of no answers, a median of no answered appeals).
  std::function<std::optional<double>(const MonitoringTotals&)> value;
  // A rule's minimum (the site-and-app share of 20 %): the page marks values under it in words.
  std::optional<double> minimum;
  std::string minimum_note;  // what the mark says: "ниже 20 %"
  // A bound of the 95 % Wilson interval of the share `bound_of` (a share of citizens'
  // answers): files carry it as a column of its own, the page writes it beside that share.
  std::string bound_of;
};

struct Section {
  std::string key;    // "participation"
  std::string title;  // "Участие"
  std::vector<Metric> metrics;
};

// The sections in the order the page shows them: participation, ratings, agreement,
// reviews, appeals, the QR funnel, placements, plans.
const std::vector<Section>& sections();

}  // namespace nok::monitoring
