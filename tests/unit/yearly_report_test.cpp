// The yearly report's content from hand-made figures: the two years side by side, «нет
// данных» for a year without figures, the authority's texts, the publication deadline, the
// year's range and the file name.
#include <gtest/gtest.h>

#include "app/monitoring/report_facts.h"
#include "app/monitoring/yearly_report.h"

namespace nok::monitoring {
namespace {

MonitoringTotals figures() {
  MonitoringTotals t;
  t.organisations = 12;
  t.reviews = 1234;
  t.reviews_positive = 1000;
  t.reviews_negative = 200;
  t.reviews_neutral = 30;
  t.reviews_untoned = 4;
  t.placements = 40;
  t.placements_confirmed = 31;
  t.funnel = {5000, 900, 850};
  t.respondents_by_channel[static_cast<std::size_t>(survey::Channel::web)] = 610;
  t.respondents_by_channel[static_cast<std::size_t>(survey::Channel::app)] = 77;
  t.plans = 12;
  t.plans_published = 9;
  t.plan_items = 48;
  t.plan_items_done = 30;
  t.plan_items_overdue = 5;
  return t;
}

AuthorityCalendar cycle(std::string due, std::string published) {
  AuthorityCalendar c;
  c.authority_name = "Министерство культуры Энской области";
  c.cycle_state = published.empty() ? "approved" : "published";
  c.publish_due = std::move(due);
  c.published_at = std::move(published);
  return c;
}

YearlyReportFacts facts() {
  YearlyReportFacts f;
  f.authority = "Министерство культуры Энской области";
  f.region = "Энская область";
  f.previous = {2025, {}, {}, std::nullopt};
  f.current = {2026, figures(), {"Итоги обсуждены на коллегии.", "", "2026-12-01T10:00:00Z"},
               cycle("2026-12-01T00:00:00Z", "2026-11-20T09:00:00Z")};
  f.formed_at = "2026-12-15T08:30:00Z";
  return f;
}

const ReportLine& line(const YearlyReport& r, std::string_view label) {
  for (const auto& part : r.parts)
    for (const auto& l : part.lines)
      if (l.label == label) return l;
  static const ReportLine none{"(нет строки)"};
  ADD_FAILURE() << "no line " << label;
  return none;
}

TEST(YearlyReport, TheTitleHeaderAndColumnsNameTheAuthorityAndBothYears) {
  const auto r = build_yearly_report(facts());
  EXPECT_NE(r.title.find("Информация об использовании результатов мониторинга посещения гражданами"), std::string::npos);
  EXPECT_NE(r.title.find("в управленческой и организационно-кадровой работе за 2025 и 2026 годы"), std::string::npos);
  ASSERT_EQ(r.header.size(), 4u);
  EXPECT_EQ(r.header[0].second, "Министерство культуры Энской области");
  EXPECT_EQ(r.header[1].second, "Энская область");
  EXPECT_EQ(r.header[2].second, "2026");
  EXPECT_EQ(r.header[3].second, "15.12.2026");
  EXPECT_EQ(r.previous_column, "2025 год");
  EXPECT_EQ(r.current_column, "2026 год");
  EXPECT_EQ(r.footer.rfind("Сформировано в nok 15.12.2026 в 08:30 (UTC)", 0), 0u) << r.footer;
}

TEST(YearlyReport, TheFiguresOfAYearStandInItsColumnAndAYearWithoutFiguresSaysSo) {
  const auto r = build_yearly_report(facts());
  const auto& reviews = line(r, "1.1. Количество отзывов об организациях");
  EXPECT_EQ(reviews.current, "1\u00A0234");
  EXPECT_EQ(reviews.previous, "нет данных");
  EXPECT_EQ(line(r, "положительных").current, "1\u00A0000");
  EXPECT_EQ(line(r, "отрицательных").current, "200");
  EXPECT_TRUE(line(r, "отрицательных").nested);
  EXPECT_EQ(line(r, "нейтральных").current, "30");
  EXPECT_EQ(line(r, "оценка отзыва не указана").current, "4");
  EXPECT_EQ(line(r, "2.1. Размещено плакатов и других носителей QR-кода").current, "40");
  EXPECT_EQ(line(r, "из них подтверждено сканированием").current, "31");
  EXPECT_EQ(line(r, "2.2. Сканирований QR-кода").current, "5\u00A0000");
  EXPECT_EQ(line(r, "начато анкет").current, "900");
  EXPECT_EQ(line(r, "завершено анкет").current, "850");
  EXPECT_EQ(line(r, "2.3. Респондентов через официальный сайт").current, "610");
  EXPECT_EQ(line(r, "2.4. Респондентов через мобильное приложение").current, "77");
  EXPECT_EQ(line(r, "2.5. Направлено приглашений к участию").current, "не учитывается в nok");
  EXPECT_EQ(line(r, "3.1. Организаций с планом по устранению недостатков").current, "12");
  EXPECT_EQ(line(r, "из них план размещён").current, "9");
  EXPECT_EQ(line(r, "3.2. Мероприятий в планах").current, "48");
  EXPECT_EQ(line(r, "выполнено").current, "30");
  EXPECT_EQ(line(r, "не выполнено в срок").current, "5");
}

TEST(YearlyReport, TheAuthoritysTextsFollowTheirTablesAndAMissingOneIsNamed) {
  const auto r = build_yearly_report(facts());
  ASSERT_EQ(r.parts.size(), 3u);
  const auto& popularisation = r.parts[1].texts;
  ASSERT_EQ(popularisation.size(), 2u);
  EXPECT_EQ(popularisation[1].year, "2026 год");
  EXPECT_EQ(popularisation[1].text, "Сведения не внесены.");
  const auto& use = r.parts[2].texts;
  EXPECT_EQ(use[0].text, "Сведения не внесены.");
  EXPECT_EQ(use[1].text, "Итоги обсуждены на коллегии.");
}

TEST(YearlyReport, PublicationIsOnTimeLateOrStillDueAgainstTheDeadline) {
  auto f = facts();
  EXPECT_EQ(line(build_yearly_report(f), "3.3. Результаты независимой оценки размещены в срок").current, "да, 20.11.2026");
  f.current.cycle = cycle("2026-12-01T00:00:00Z", "2026-12-03T09:00:00Z");
  EXPECT_EQ(line(build_yearly_report(f), "3.3. Результаты независимой оценки размещены в срок").current,
            "нет: размещены 03.12.2026 при сроке 01.12.2026");
  f.current.cycle = cycle("2026-12-01T00:00:00Z", "");
  EXPECT_EQ(line(build_yearly_report(f), "3.3. Результаты независимой оценки размещены в срок").current,
            "нет: не размещены, срок 01.12.2026");
  f.formed_at = "2026-11-01T00:00:00Z";
  EXPECT_EQ(line(build_yearly_report(f), "3.3. Результаты независимой оценки размещены в срок").current,
            "не размещены, срок 01.12.2026");
  EXPECT_EQ(line(build_yearly_report(f), "3.3. Результаты независимой оценки размещены в срок").previous,
            "нет данных");
}

TEST(YearlyReport, AYearOutsideTheRangeIsRefusedWithARussianMessage) {
  EXPECT_EQ(*report_year("", 2026), 2026);
  EXPECT_EQ(*report_year("2014", 2026), 2014);
  EXPECT_EQ(*report_year("2027", 2026), 2027);
  for (const char* bad : {"2013", "2028", "20x6", "-2026", "2026.0", " 2026"}) {
    const auto refused = report_year(bad, 2026);
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().kind, ErrorKind::malformed);
    EXPECT_EQ(refused.error().message, "Год отчёта — число от 2014 до 2027.");
  }
}

TEST(YearlyReport, OfficialsAndCouncilsAskForTheirOwnAuthorityAndTheMonitorForAny) {
  staff::StaffUser official{1, "o", staff::Role::official, 0, 0, 5};
  EXPECT_EQ(*report_authority(official, ""), 5);
  EXPECT_EQ(*report_authority(official, "5"), 5);
  EXPECT_EQ(report_authority(official, "6").error().kind, ErrorKind::not_found);
  EXPECT_EQ(report_authority(official, "x").error().kind, ErrorKind::not_found);
  staff::StaffUser council{2, "c", staff::Role::council, 0, 0, 5};
  EXPECT_EQ(report_authority(council, "6").error().kind, ErrorKind::not_found);
  staff::StaffUser monitor{3, "m", staff::Role::monitor};
  EXPECT_EQ(*report_authority(monitor, "6"), 6);
  EXPECT_EQ(report_authority(monitor, "").error().kind, ErrorKind::malformed);
  staff::StaffUser school{4, "s", staff::Role::org_staff, 9};
  EXPECT_EQ(report_authority(school, "5").error().kind, ErrorKind::forbidden);
}

TEST(YearlyReport, TheFileNameIsTheAuthorityInWordsCutAtAWord) {
  EXPECT_EQ(yearly_report_file_name("Министерство культуры Энской области", 2026),
            "Отчёт-НОК-Министерство-культуры-Энской-области-2026");
  EXPECT_EQ(yearly_report_file_name("Департамент «Здоровье» — г. Энск, отдел № 5 по работе с учреждениями", 2025),
            "Отчёт-НОК-Департамент-Здоровье-г-Энск-отдел-5-по-работе-с-2025");
}

TEST(YearlyReport, ThePlanOfPopularisationMeasuresIsAFourthPartWithEachTypesEffect) {
  auto f = facts();
  popularisation::PlanSummary current{2026, 3, {1, 0, 2, 0}, {}, {}};
  current.types.push_back({*popularisation::find_measure_type("mass_media"), 1, {}});
  current.types.push_back({*popularisation::find_measure_type("stand_qr_code"), 2,
                           {popularisation::EffectSource::placements, 120, 30}});
  f.current.plan = current;
  f.previous.plan = popularisation::PlanSummary{2025};
  const auto r = build_yearly_report(f);
  ASSERT_EQ(r.parts.size(), 4u);
  EXPECT_EQ(r.parts[3].title, "4. Работа по популяризации: план мероприятий (медиаплан)");
  EXPECT_EQ(line(r, "4.1. Мероприятий в плане").current, "3");
  EXPECT_EQ(line(r, "4.1. Мероприятий в плане").previous, "0");
  EXPECT_EQ(line(r, "состояние «выполнено»").current, "2");
  EXPECT_EQ(line(r, "8. QR-коды на информационных стендах: мероприятий").current, "2");
  EXPECT_EQ(line(r, "сканирований QR-кода за год").current, "120");
  EXPECT_EQ(line(r, "анкет после сканирования").current, "30");
  EXPECT_EQ(line(r, "анкет после сканирования").previous, "0");
  EXPECT_TRUE(line(r, "не измеряется по данным").nested);
  // Without a plan the report is as it was: three parts.
  EXPECT_EQ(build_yearly_report(facts()).parts.size(), 3u);
}

}  // namespace
}  // namespace nok::monitoring
