#include "app/monitoring/monitoring_metrics.h"

#include <cstdio>

#include "core/number_text.h"
#include "domain/methodology/methodology.h"
#include "domain/ratings/rating.h"
#include "domain/statistics/wilson.h"
#include "domain/survey/channel.h"

namespace nok::monitoring {
namespace {

using Totals = MonitoringTotals;

std::optional<double> share(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

Metric count(std::string key, std::string title, std::int64_t Totals::*field) {
  return {std::move(key), std::move(title), MetricKind::count,
          [field](const Totals& t) -> std::optional<double> { return static_cast<double>(t.*field); }};
}

Metric funnel_count(std::string key, std::string title, std::int64_t FunnelCounts::*field) {
  return {std::move(key), std::move(title), MetricKind::count,
          [field](const Totals& t) -> std::optional<double> { return static_cast<double>(t.funnel.*field); }};
}

Section participation() {
  Section s{"participation", "Участие", {}};
  s.metrics.push_back(count("organisations", "Организаций", &Totals::organisations));
  s.metrics.push_back(count("assessed", "Оцениваются в этом году", &Totals::assessed));
  s.metrics.push_back(count("sample_target", "Цель выборки", &Totals::sample_target));
  s.metrics.push_back(count("respondents", "Участников опроса", &Totals::respondents));
  s.metrics.push_back({"target_share", "Выполнение цели выборки, %", MetricKind::percent,
                       [](const Totals& t) { return share(t.respondents, t.sample_target); }});
  for (const auto channel : survey::all_channels()) {
    const auto index = static_cast<std::size_t>(channel);
    s.metrics.push_back({"channel_" + std::string(survey::code(channel)), std::string(survey::title(channel)),
                         MetricKind::count, [index](const Totals& t) -> std::optional<double> {
                           return static_cast<double>(t.respondents_by_channel[index]);
                         }});
  }
  s.metrics.push_back(count("respondents_confirmed", "Из них подтверждённые получатели услуги (по приглашению)",
                            &Totals::respondents_confirmed));
  s.metrics.push_back(count("respondents_kiosk_unconfirmed", "Из них на терминале без подтверждения номера",
                            &Totals::respondents_kiosk_unconfirmed));
  s.metrics.push_back(count("respondents_assisted", "Из них с помощью сотрудника на терминале",
                            &Totals::respondents_assisted));
  const double minimum = 100 * methodology::default_methodology().sample.min_site_app_share;
  s.metrics.push_back({"site_app_share", "Сайт и приложение, %", MetricKind::percent,
                       [](const Totals& t) {
                         std::int64_t site_app = 0;
                         for (const auto channel : survey::all_channels())
                           if (survey::site_or_app(channel))
                             site_app += t.respondents_by_channel[static_cast<std::size_t>(channel)];
                         return share(site_app, t.respondents);
                       },
                       minimum, "ниже " + text::percent_text(minimum, 0)});
  return s;
}

Section ratings() {
  Section s{"ratings", "Оценки граждан, средний балл от 1 до 5", {}};
  for (const auto aspect : ratings::all_aspects()) {
    const auto index = static_cast<std::size_t>(aspect);
    s.metrics.push_back({"rating_" + std::string(ratings::code(aspect)), std::string(ratings::title(aspect)),
                         MetricKind::mean, [index](const Totals& t) -> std::optional<double> {
                           if (t.rating_answers[index] <= 0) return std::nullopt;
                           return static_cast<double>(t.rating_points[index]) /
                                  static_cast<double>(t.rating_answers[index]);
                         }});
  }
  return s;
}

// The bounds of the 95 % interval of a share of citizens' answers, in percent: "<key>_low"
// and "<key>_high" after the share itself.
void add_interval(Section& s, const std::string& key, const std::string& title,
                  std::function<std::pair<std::int64_t, std::int64_t>(const Totals&)> counts) {
  for (const bool high : {false, true})
    s.metrics.push_back({key + (high ? "_high" : "_low"),
                         title + (high ? ", %: верхняя граница 95-процентного интервала" : ", %: нижняя граница 95-процентного интервала"), MetricKind::percent,
                         [counts, high](const Totals& t) -> std::optional<double> {
                           const auto [yes, answered] = counts(t);
                           const auto interval = statistics::wilson(static_cast<std::uint32_t>(yes), static_cast<std::uint32_t>(answered));
                           if (!interval) return std::nullopt;
                           return 100 * (high ? interval->high : interval->low);
                         },
                         std::nullopt, "", key});
}

Section agreement() {
  Section s{"agreement",
            "Согласие с оценкой",
            {count("agree", "Согласны", &Totals::agree), count("disagree", "Не согласны", &Totals::disagree),
             {"agree_share", "Доля согласных, %", MetricKind::percent,
              [](const Totals& t) { return share(t.agree, t.agree + t.disagree); }}}};
  add_interval(s, "agree_share", "Доля согласных", [](const Totals& t) {
    return std::pair{t.agree, t.agree + t.disagree};
  });
  return s;
}

Section reviews() {
  return {"reviews",
          "Отзывы",
          {count("reviews", "Всего", &Totals::reviews), count("reviews_positive", "Положительные", &Totals::reviews_positive),
           count("reviews_negative", "Отрицательные", &Totals::reviews_negative),
           count("reviews_neutral", "Нейтральные", &Totals::reviews_neutral),
           count("reviews_untoned", "Тон не указан", &Totals::reviews_untoned),
           count("reviews_answered", "С ответом организации", &Totals::reviews_answered),
           count("reviews_held", "На модерации", &Totals::reviews_held)}};
}

Section appeals() {
  return {"appeals",
          "Обращения",
          {count("appeals", "Получено", &Totals::appeals), count("appeals_on_time", "Отвечено в срок", &Totals::appeals_on_time),
           count("appeals_late", "Отвечено с опозданием", &Totals::appeals_late),
           count("appeals_overdue_now", "Просрочено сейчас", &Totals::appeals_overdue_now),
           {"appeal_median_days", "Медиана срока ответа, дней", MetricKind::days,
            [](const Totals& t) { return t.appeal_median_days; }}}};
}

Section funnel() {
  return {"funnel",
          "QR-воронка",
          {funnel_count("scans", "Сканирований", &FunnelCounts::scans),
           funnel_count("started", "Начали анкету", &FunnelCounts::started),
           funnel_count("completed", "Анкет засчитано", &FunnelCounts::completed),
           {"scan_conversion", "Засчитано от сканирований, %", MetricKind::percent,
            [](const Totals& t) { return share(t.funnel.completed, t.funnel.scans); }},
           // Scans nok counted, then sent on to the organisation's card (docs/printing.md).
           funnel_count("outgoing", "Переход на bus.gov.ru", &FunnelCounts::outgoing)}};
}

Section placements() {
  return {"placements",
          "Размещение QR-кодов",
          {count("placements", "Мест размещения", &Totals::placements),
           count("placements_confirmed", "Подтверждено сканированием", &Totals::placements_confirmed)}};
}

Section plans() {
  return {"plans",
          "Планы по устранению недостатков",
          {count("plans", "Организаций с планом", &Totals::plans),
           count("plans_published", "Планов опубликовано", &Totals::plans_published),
           count("plan_items", "Мероприятий", &Totals::plan_items),
           count("plan_items_done", "Выполнено", &Totals::plan_items_done),
           count("plan_items_overdue", "Просрочено", &Totals::plan_items_overdue)}};
}

}  // namespace

std::string plain_figure(const std::optional<double>& value, MetricKind kind) {
  if (!value) return "";
  if (kind == MetricKind::count) return std::to_string(static_cast<std::int64_t>(*value));
  char out[64];
  std::snprintf(out, sizeof out, "%.*f", decimals(kind), *value);
  return out;
}

int decimals(MetricKind kind) {
  switch (kind) {
    case MetricKind::count: return 0;
    case MetricKind::mean: return 2;
    case MetricKind::percent:
    case MetricKind::days: return 1;
  }
  return 0;
}

const std::vector<Section>& sections() {
  static const std::vector<Section> all{participation(), ratings(), agreement(), reviews(),
                                        appeals(),       funnel(),  placements(), plans()};
  return all;
}

}  // namespace nok::monitoring
