#include "app/monitoring/monitoring_report.h"

#include <algorithm>

#include "app/registry/reference_data.h"
#include "core/parse_number.h"
#include "domain/registry/sphere.h"

namespace nok::monitoring {
namespace {

Error malformed(std::string code, std::string message, std::string field) {
  return refusal(ErrorKind::malformed, std::move(code), std::move(message), std::move(field));
}

// The same words as any page outside a person's scope: nothing tells "not yours" from "none".
Error nothing_here() {
  return refusal(ErrorKind::not_found, "monitoring_not_found",
                 "Такой страницы нет или у вашей учётной записи нет к ней доступа.");
}

std::optional<std::int64_t> positive_number(std::string_view text) {
  const auto value = nok::text::parse_integer<std::int64_t>(text);
  if (!value || *value <= 0) return std::nullopt;
  return value;
}

bool known_region(std::string_view code) {
  const auto& regions = known_regions();
  return std::any_of(regions.begin(), regions.end(), [&](const Region& r) { return r.code == code; });
}

MonitoringLevel level_of(const MonitoringFilter& f) {
  if (!f.organisation_code.empty() || !f.municipality.empty()) return MonitoringLevel::organisation;
  if (f.authority_id != 0) return MonitoringLevel::municipality;
  if (!f.region_code.empty()) return MonitoringLevel::authority;
  return MonitoringLevel::region;
}

// The checks of load_report: the filter with the scope applied, the years, the level.
Result<Report> check_parameters(Ports ports, const staff::StaffUser& user, const Parameters& p, int current_year) {
  Report report;
  report.scoped = staff::scope_kind(user.role) == staff::ScopeKind::authority;
  const std::int64_t own = report.scoped ? user.authority_id : 0;
  if (!can(user, staff::Action::view, staff::AuthorityScope{own}))
    return refusal(ErrorKind::forbidden, "monitoring_forbidden",
                   "Мониторинг открыт сотрудникам уполномоченных органов, членам общественных советов и "
                   "федеральному мониторингу.");
  auto& f = report.filter;
  f.year = current_year;
  if (!p.year.empty()) {
    auto year = positive_number(p.year);
    if (!year || *year < 1000 || *year > 9999)
      return malformed("monitoring_bad_year", "Год — четыре цифры, например " + std::to_string(current_year) + ".",
                       "year");
    f.year = static_cast<int>(*year);
  }
  if (!p.region.empty() && !known_region(p.region))
    return malformed("monitoring_unknown_region", "Региона с кодом «" + p.region + "» нет в справочнике регионов.",
                     "region");
  f.region_code = p.region;
  if (!p.sphere.empty()) {
    const auto sphere = parse_sphere(p.sphere);
    if (!sphere)
      return malformed("monitoring_unknown_sphere",
                       "Сферы «" + p.sphere + "» нет: культура, охрана здоровья, образование, социальное "
                       "обслуживание или МСЭ.",
                       "sphere");
    f.sphere = std::string(code(*sphere));
  }

  // The authority: the person's own when scoped; another one named is the same 404 as none.
  f.authority_id = own;
  if (!p.authority.empty()) {
    const auto id = positive_number(p.authority);
    if (!id || (report.scoped && *id != own)) return nothing_here();
    f.authority_id = *id;
  }
  if (f.authority_id != 0) {
    const auto found = ports.monitoring.calendar(MonitoringFilter{.year = f.year, .authority_id = f.authority_id});
    if (found.empty()) return nothing_here();
    report.authority_name = found.front().authority_name;
  }
  if (!p.org.empty()) {
    const auto place = ports.organisation(p.org);
    if (!place || (f.authority_id != 0 && place->authority_id != f.authority_id) ||
        !can(user, staff::Action::view, staff::AuthorityScope{place->authority_id}))
      return nothing_here();
    f.organisation_code = p.org;
    report.organisation_name = place->name;
  }
  if (!p.municipality.empty()) {
    // A municipality is known by its figures: one without any, in any year, in the
    // person's scope, is as good as none.
    f.municipality = p.municipality;
    if (ports.monitoring.years(MonitoringFilter{.authority_id = f.authority_id, .municipality = f.municipality})
            .empty())
      return nothing_here();
  }

  report.years = ports.monitoring.years(MonitoringFilter{.authority_id = own});
  const bool listed = std::find(report.years.begin(), report.years.end(), f.year) != report.years.end();
  if (f.year != current_year && !listed)
    return malformed("monitoring_unknown_year",
                     "За " + std::to_string(f.year) + " год данных мониторинга нет: выберите год из списка.", "year");
  if (std::find(report.years.begin(), report.years.end(), current_year) == report.years.end())
    report.years.push_back(current_year);
  std::sort(report.years.rbegin(), report.years.rend());

  report.level = level_of(f);
  report.single_organisation = !f.organisation_code.empty();
  return report;
}

}  // namespace

Ports ports_of(MonitoringStore& monitoring, RegistryStore& registry, StaffStore& staff) {
  return {monitoring, [&registry, &staff](std::string_view code) -> std::optional<OrganisationPlace> {
            const auto scope = staff.organisation_scope(code);
            const auto organisation = scope ? registry.find_organisation(code) : std::nullopt;
            if (!organisation) return std::nullopt;
            return OrganisationPlace{scope->authority_id, organisation->short_name.empty() ? organisation->full_name
                                                                                          : organisation->short_name};
          }};
}

Result<Report> load_report(Ports ports, const staff::StaffUser& user, const Parameters& parameters, int current_year) {
  auto checked = check_parameters(ports, user, parameters, current_year);
  if (!checked) return checked;
  Report& report = *checked;
  auto previous = report.filter;
  previous.year = report.previous_year();
  report.totals = ports.monitoring.totals(report.filter);
  report.previous_totals = ports.monitoring.totals(previous);
  report.rows = ports.monitoring.rollup(report.filter, report.level);
  for (auto& row : ports.monitoring.rollup(previous, report.level))
    report.previous_rows.emplace(std::move(row.key), row.totals);
  report.funnel = ports.monitoring.funnel_by_carrier(report.filter);
  report.calendar = ports.monitoring.calendar(report.filter);
  return checked;
}

std::vector<MonitoringLevel> levels_from(MonitoringLevel level) {
  static constexpr MonitoringLevel kAll[] = {MonitoringLevel::region, MonitoringLevel::authority,
                                             MonitoringLevel::municipality, MonitoringLevel::organisation};
  return {std::find(std::begin(kAll), std::end(kAll), level), std::end(kAll)};
}

std::string_view plural_title(MonitoringLevel level) {
  switch (level) {
    case MonitoringLevel::region: return "Регионы";
    case MonitoringLevel::authority: return "Уполномоченные органы";
    case MonitoringLevel::municipality: return "Муниципалитеты";
    case MonitoringLevel::organisation: return "Организации";
  }
  return "";
}

std::string_view singular_title(MonitoringLevel level) {
  switch (level) {
    case MonitoringLevel::region: return "Регион";
    case MonitoringLevel::authority: return "Уполномоченный орган";
    case MonitoringLevel::municipality: return "Муниципалитет";
    case MonitoringLevel::organisation: return "Организация";
  }
  return "";
}

std::string_view code(MonitoringLevel level) {
  switch (level) {
    case MonitoringLevel::region: return "region";
    case MonitoringLevel::authority: return "authority";
    case MonitoringLevel::municipality: return "municipality";
    case MonitoringLevel::organisation: return "organisation";
  }
  return "";
}

}  // namespace nok::monitoring
