#include "app/monitoring/report_facts.h"

#include "app/registry/reference_data.h"
#include "core/parse_number.h"

namespace nok::monitoring {
namespace {

Error not_found() {
  return refusal(ErrorKind::not_found, "report_not_found",
                 "Такого уполномоченного органа нет или его отчёт вам недоступен.", "authority");
}

ReportYear year_of(MonitoringStore& monitoring, std::int64_t authority_id, int year) {
  const MonitoringFilter filter{.year = year, .authority_id = authority_id};
  ReportYear out{year, monitoring.totals(filter), monitoring.notes(authority_id, year), std::nullopt};
  for (auto& c : monitoring.calendar(filter))
    if (c.authority_id == authority_id) out.cycle = std::move(c);
  return out;
}

std::string region_name(std::string_view code) {
  for (const auto& r : known_regions())
    if (r.code == code) return r.name;
  return "";
}

}  // namespace

Result<std::int64_t> report_authority(const staff::StaffUser& reader, std::string_view authority) {
  const bool scoped = staff::scope_kind(reader.role) == staff::ScopeKind::authority;
  if (!scoped && reader.role != staff::Role::monitor && reader.role != staff::Role::admin)
    return refusal(ErrorKind::forbidden, "report_forbidden",
                   "Отчёт уполномоченного органа доступен его сотрудникам, общественному совету и мониторингу.");
  std::int64_t id = scoped ? reader.authority_id : 0;
  if (!authority.empty()) {
    const auto given = text::parse_integer<std::int64_t>(authority);
    if (!given || *given <= 0) return not_found();
    id = *given;
  }
  if (id == 0)
    return refusal(ErrorKind::malformed, "report_authority", "Выберите уполномоченный орган, чей отчёт нужен.",
                   "authority");
  if (!can(reader, staff::Action::view, staff::AuthorityScope{id})) return not_found();
  return id;
}

Result<YearlyReportFacts> load_report_facts(MonitoringStore& monitoring, PopularisationStore* plans,
                                            std::int64_t authority_id, int year, const std::string& now) {
  YearlyReportFacts facts;
  facts.current = year_of(monitoring, authority_id, year);
  if (!facts.current.cycle) return not_found();  // the calendar lists every authority, with a cycle or not
  facts.previous = year_of(monitoring, authority_id, year - 1);
  if (plans)
    for (auto* y : {&facts.previous, &facts.current})
      y->plan = popularisation::summarise(*plans, authority_id, "", y->year);
  facts.authority = facts.current.cycle->authority_name;
  facts.region = region_name(facts.current.cycle->region_code);
  facts.formed_at = now;
  return facts;
}

}  // namespace nok::monitoring
