#include "app/monitoring/yearly_report.h"

#include <functional>

#include "core/file_name.h"
#include "core/number_text.h"
#include "core/parse_number.h"
#include "core/text.h"
#include "core/time.h"
#include "domain/survey/channel.h"

namespace nok::monitoring {
namespace {

constexpr std::string_view kNoData = "нет данных";
constexpr std::string_view kNotKept = "не учитывается в nok";

using Figure = std::function<std::int64_t(const MonitoringTotals&)>;

std::string year_title(int year) { return std::to_string(year) + " год"; }

bool has_figures(const ReportYear& y) { return y.totals.organisations > 0; }

std::string count_of(const ReportYear& y, const Figure& figure) {
  return has_figures(y) ? text::number_text(static_cast<double>(figure(y.totals))) : std::string(kNoData);
}

ReportLine line(const YearlyReportFacts& f, std::string label, const Figure& figure, bool nested = false) {
  return {std::move(label), count_of(f.previous, figure), count_of(f.current, figure), nested};
}

std::int64_t channel(const MonitoringTotals& t, survey::Channel c) {
  return t.respondents_by_channel[static_cast<std::size_t>(c)];
}

// Whether the results of the year's cycle were published by their deadline, as of `now`.
std::string publication(const ReportYear& y, std::string_view now) {
  if (!y.cycle || y.cycle->cycle_state.empty()) return std::string(kNoData);
  const auto& c = *y.cycle;
  const std::string due = c.publish_due.empty() ? "" : day_text(c.publish_due);
  if (!c.published_at.empty()) {
    const std::string on = day_text(c.published_at);
    if (c.publish_due.empty() || c.published_at.substr(0, 10) <= c.publish_due.substr(0, 10)) return "да, " + on;
    return "нет: размещены " + on + " при сроке " + due;
  }
  if (c.publish_due.empty()) return "не размещены";
  if (now.substr(0, 10) > std::string_view(c.publish_due).substr(0, 10)) return "нет: не размещены, срок " + due;
  return "не размещены, срок " + due;
}

std::vector<ReportText> texts(const YearlyReportFacts& f, std::string MonitoringNotes::*field) {
  std::vector<ReportText> out;
  for (const auto* y : {&f.previous, &f.current}) {
    const auto written = text::trim(y->notes.*field);
    out.push_back({year_title(y->year), written.empty() ? "Сведения не внесены." : std::string(written)});
  }
  return out;
}

ReportPart reviews(const YearlyReportFacts& f) {
  return {"1. Отзывы граждан об организациях",
          {line(f, "1.1. Количество отзывов об организациях", [](auto& t) { return t.reviews; }),
           line(f, "положительных", [](auto& t) { return t.reviews_positive; }, true),
           line(f, "отрицательных", [](auto& t) { return t.reviews_negative; }, true),
           line(f, "нейтральных", [](auto& t) { return t.reviews_neutral; }, true),
           line(f, "оценка отзыва не указана", [](auto& t) { return t.reviews_untoned; }, true)},
          "",
          {}};
}

ReportPart popularisation(const YearlyReportFacts& f) {
  ReportPart part{"2. Работа по популяризации независимой оценки качества",
                  {line(f, "2.1. Размещено плакатов и других носителей QR-кода", [](auto& t) { return t.placements; }),
                   line(f, "из них подтверждено сканированием", [](auto& t) { return t.placements_confirmed; }, true),
                   line(f, "2.2. Сканирований QR-кода", [](auto& t) { return t.funnel.scans; }),
                   line(f, "начато анкет", [](auto& t) { return t.funnel.started; }, true),
                   line(f, "завершено анкет", [](auto& t) { return t.funnel.completed; }, true),
                   line(f, "2.3. Респондентов через официальный сайт",
                        [](auto& t) { return channel(t, survey::Channel::web); }),
                   line(f, "2.4. Респондентов через мобильное приложение",
                        [](auto& t) { return channel(t, survey::Channel::app); }),
                   // Invitations are not sent through nok yet: the line stays so the form is whole.
                   {"2.5. Направлено приглашений к участию", std::string(kNotKept), std::string(kNotKept)}},
                  "2.6. Проведённая работа по популяризации (сведения уполномоченного органа)",
                  texts(f, &MonitoringNotes::popularisation)};
  return part;
}

ReportPart results_use(const YearlyReportFacts& f) {
  ReportPart part{"3. Использование результатов в управленческой и организационно-кадровой работе",
                  {line(f, "3.1. Организаций с планом по устранению недостатков", [](auto& t) { return t.plans; }),
                   line(f, "из них план размещён", [](auto& t) { return t.plans_published; }, true),
                   line(f, "3.2. Мероприятий в планах", [](auto& t) { return t.plan_items; }),
                   line(f, "выполнено", [](auto& t) { return t.plan_items_done; }, true),
                   line(f, "не выполнено в срок", [](auto& t) { return t.plan_items_overdue; }, true),
                   {"3.3. Результаты независимой оценки размещены в срок", publication(f.previous, f.formed_at),
                    publication(f.current, f.formed_at)}},
                  "3.4. Использование результатов (сведения уполномоченного органа)",
                  texts(f, &MonitoringNotes::results_use)};
  return part;
}

// A line of the plan's part: a figure of each year's plan, "нет данных" for a year without one.
using PlanFigure = std::function<std::int64_t(const popularisation::PlanSummary&)>;

ReportLine plan_line(const YearlyReportFacts& f, std::string label, const PlanFigure& figure, bool nested = false) {
  const auto value = [&](const ReportYear& y) {
    return y.plan ? text::number_text(static_cast<double>(figure(*y.plan))) : std::string(kNoData);
  };
  return {std::move(label), value(f.previous), value(f.current), nested};
}

const popularisation::TypeSummary* type_in(const std::optional<popularisation::PlanSummary>& plan,
                                           std::string_view code) {
  if (!plan) return nullptr;
  for (const auto& t : plan->types)
    if (t.type.code == code) return &t;
  return nullptr;
}

// A type's figure in a year's plan: 0 where the plan has no measure of the type.
PlanFigure of_type(std::string_view code, std::int64_t popularisation::MeasureEffect::*figure) {
  return [code, figure](const popularisation::PlanSummary& plan) -> std::int64_t {
    for (const auto& t : plan.types)
      if (t.type.code == code) return figure ? t.effect.*figure : t.measures;
    return 0;
  };
}

// The effect lines of a type by its source: what nok counts of it, or that it counts nothing.
void effect_lines(std::vector<ReportLine>& lines, const YearlyReportFacts& f, const popularisation::MeasureType& type) {
  using E = popularisation::MeasureEffect;
  using popularisation::EffectSource;
  const auto add = [&](std::string label, std::int64_t E::*figure) {
    lines.push_back(plan_line(f, std::move(label), of_type(type.code, figure), true));
  };
  switch (type.effect) {
    case EffectSource::placements:
      add("сканирований QR-кода за год", &E::scans);
      add("анкет после сканирования", &E::answers);
      break;
    case EffectSource::invitations:
      add("направлено приглашений после услуги", &E::invitations_sent);
      add("ответили на приглашение", &E::invitations_answered);
      break;
    case EffectSource::kiosk:
      add("анкет через киоск", &E::kiosk_answers);
      break;
    case EffectSource::none:
      lines.push_back({std::string(popularisation::effect_title(EffectSource::none)), "", "", true});
      break;
  }
}

ReportPart popularisation_plan(const YearlyReportFacts& f) {
  ReportPart part{"4. Работа по популяризации: план мероприятий (медиаплан)", {}, "", {}};
  auto& lines = part.lines;
  lines.push_back(plan_line(f, "4.1. Мероприятий в плане", [](auto& p) { return p.measures; }));
  for (std::size_t i = 0; i < popularisation::kStatuses.size(); ++i)
    lines.push_back(plan_line(f, "состояние «" + std::string(popularisation::title(popularisation::kStatuses[i])) + "»",
                              [i](auto& p) { return p.by_status[i]; }, true));
  lines.push_back({"4.2. Мероприятия по видам и их результат по данным nok", "", "", false});
  for (const auto& type : popularisation::measure_types()) {
    if (!type_in(f.previous.plan, type.code) && !type_in(f.current.plan, type.code)) continue;
    lines.push_back(plan_line(f, std::to_string(type.number) + ". " + std::string(type.title) + ": мероприятий",
                              of_type(type.code, nullptr)));
    effect_lines(lines, f, type);
  }
  return part;
}

}  // namespace

Result<int> report_year(std::string_view text, int current_year) {
  if (text.empty()) return current_year;
  const auto year = nok::text::parse_integer<int>(text);
  if (!year || *year < kFirstReportYear || *year > current_year + 1)
    return refusal(ErrorKind::malformed, "report_year",
                   "Год отчёта — число от " + std::to_string(kFirstReportYear) + " до " +
                       std::to_string(current_year + 1) + ".",
                   "year");
  return *year;
}

YearlyReport build_yearly_report(const YearlyReportFacts& f) {
  YearlyReport report;
  report.title =
      "Информация об использовании результатов мониторинга посещения гражданами организаций социальной сферы и "
      "их отзывов по результатам ознакомления с представленной информацией в управленческой и "
      "организационно-кадровой работе за " +
      std::to_string(f.previous.year) + " и " + std::to_string(f.current.year) + " годы";
  report.header = {{"Уполномоченный орган", f.authority},
                   {"Субъект Российской Федерации", f.region.empty() ? "—" : f.region},
                   {"Отчётный год", std::to_string(f.current.year)},
                   {"Дата формирования", day_text(f.formed_at)}};
  report.label_column = "Показатель";
  report.previous_column = year_title(f.previous.year);
  report.current_column = year_title(f.current.year);
  report.parts = {reviews(f), popularisation(f), results_use(f)};
  if (f.current.plan) report.parts.push_back(popularisation_plan(f));
  report.footer = "Сформировано в nok " + day_text(f.formed_at) +
                  (f.formed_at.size() >= 16 ? " в " + f.formed_at.substr(11, 5) + " (UTC)" : "") +
                  " по данным мониторинга независимой оценки качества условий оказания услуг.";
  return report;
}

std::string yearly_report_file_name(std::string_view authority, int year) {
  const auto words = file_name_part(authority);
  return "Отчёт-НОК" + (words.empty() ? "" : "-" + words) + "-" + std::to_string(year);
}

}  // namespace nok::monitoring
