#include "app/website/website_checks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

constexpr std::chrono::seconds kCheckNowTime{40};

SiteToCheck site_of(const Stores& stores, const Organisation& org) {
  return {org.id, org.code, org.website, stores.placements.placements(org.id), org.bus_gov_card.value_or("")};
}

// The sites grouped by host, so that one worker visits all of a host's sites in turn.
std::vector<std::vector<const SiteToCheck*>> by_host(const std::vector<SiteToCheck>& sites) {
  std::map<std::string, std::vector<const SiteToCheck*>> groups;
  for (const auto& site : sites) groups[host_key(site_url(site.website))].push_back(&site);
  std::vector<std::vector<const SiteToCheck*>> out;
  for (auto& [host, group] : groups) out.push_back(std::move(group));
  // The busiest hosts first: they take longest, and should not start last.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

WebsiteCheck record(WebsiteCheckStore& checks, PlacementStore& placements, const SiteVisit& visit) {
  auto recorded = checks.record(visit.check);
  if (!visit.confirms_placement) return recorded;
  AuditEntry audit;
  audit.action = "placement.confirm";
  audit.object_type = "placement";
  audit.object_id = std::to_string(*visit.confirms_placement);
  audit.after_json = R"({"confirmed_by":"website_check"})";
  placements.confirm_placement(*visit.confirms_placement, 0, audit);
  return recorded;
}

}  // namespace

Result<std::vector<SiteToCheck>> sites_to_check(const Stores& stores, const SiteSelection& selection) {
  std::vector<SiteToCheck> out;
  if (!selection.organisation_code.empty()) {
    const auto org = stores.main.find_organisation(selection.organisation_code);
    if (!org)
      return refusal(ErrorKind::not_found, "organisation_unknown",
                     "Организации с кодом «" + selection.organisation_code + "» нет в реестре");
    if (site_url(org->website).empty())
      return Error{"website_none", "У организации «" + org->short_name + "» в реестре нет адреса сайта"};
    out.push_back(site_of(stores, *org));
    return out;
  }
  OrganisationQuery query;
  query.region_code = selection.region_code;
  if (!query.region_code.empty()) {
    const auto regions = stores.main.regions();
    if (std::none_of(regions.begin(), regions.end(), [&](const Region& r) { return r.code == query.region_code; }))
      return Error{"region_unknown", "Региона с кодом «" + query.region_code + "» нет в справочнике"};
  }
  if (!selection.authority_name.empty()) {
    const auto authority = stores.staff.find_authority(selection.authority_name);
    if (!authority) return Error{"authority_unknown", "Органа «" + selection.authority_name + "» нет в реестре"};
    query.authority_id = authority->id;
  }
  query.limit = 1000;
  for (;; query.offset += query.limit) {
    const auto page = stores.main.search_organisations(query);
    for (const auto& org : page.items)
      if (!site_url(org.website).empty()) out.push_back(site_of(stores, org));
    if (page.items.size() < static_cast<std::size_t>(query.limit)) break;
  }
  return out;
}

std::vector<SiteToCheck> sites_by_code(const Stores& stores, const std::vector<std::string>& codes) {
  std::vector<SiteToCheck> out;
  for (const auto& code : codes)
    if (const auto org = stores.main.find_organisation(code)) out.push_back(site_of(stores, *org));
  return out;
}

void check_websites(WebsiteCheckStore& checks, PlacementStore& placements, const std::vector<SiteToCheck>& sites,
                    const CheckSettings& settings, unsigned concurrency, const SiteChecked& on_checked) {
  const auto hosts = by_host(sites);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  std::mutex report;
  const auto work = [&] {
    try {
      net::PageFetcher fetcher(settings.fetch);
      for (std::size_t i; !failed && (i = next++) < hosts.size();) {
        HostVisit host;
        for (const SiteToCheck* site : hosts[i]) {
          if (failed) break;
          const auto visit = visit_site(*site, settings, fetcher, host);
          if (visit.abandoned) break;  // stopping: its hold lapses, another round checks it
          // One record at a time: visits run in parallel, writes need not (on SQLite they
          // would only queue for its one write lock, and give up after its busy timeout).
          std::lock_guard lock(report);
          const auto recorded = record(checks, placements, visit);
          if (on_checked) on_checked(*site, recorded);
        }
      }
    } catch (...) {  // the database went away: stop every worker, tell the caller
      std::lock_guard lock(report);
      if (!failure) failure = std::current_exception();
      failed = true;
    }
  };
  const unsigned workers = std::clamp<unsigned>(concurrency, 1, static_cast<unsigned>(std::max<std::size_t>(hosts.size(), 1)));
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace nok

namespace nok {

int check_due_websites(const Stores& stores, const CheckSettings& settings, std::chrono::hours period, int batch) {
  const auto now = std::chrono::system_clock::now();
  // A hold outlasts the round even when every site is on one host and visited in turn; a
  // crashed process's sites are taken again after it.
  const auto lease = std::chrono::duration_cast<std::chrono::seconds>(settings.site_time) * batch + std::chrono::minutes(1);
  const auto codes = stores.websites.claim_due(iso_utc(now - period), iso_utc(now), iso_utc(now + lease), batch);
  check_websites(stores.websites, stores.placements, sites_by_code(stores, codes), settings,
                 static_cast<unsigned>(batch));
  return static_cast<int>(codes.size());
}

Result<WebsiteCheck> check_now(WebsiteCheckStore& checks, PlacementStore& placements, const SiteToCheck& site,
                               const CheckSettings& settings, std::chrono::minutes min_gap) {
  const auto now = std::chrono::system_clock::now();
  // The person waits, behind a balancer that gives up after a minute: a shorter visit.
  auto quick = settings;
  quick.site_time = std::min<std::chrono::milliseconds>(settings.site_time, kCheckNowTime);
  const auto lease = std::chrono::duration_cast<std::chrono::seconds>(quick.site_time) * 2;
  if (!checks.claim_now(site.organisation_id, iso_utc(now - min_gap), iso_utc(now), iso_utc(now + lease)))
    return refusal(ErrorKind::rate_limited, "website_checked_recently",
                   "Сайт уже проверяется или проверен недавно. Повторить проверку можно через " +
                       std::to_string(min_gap.count()) + " мин после предыдущей.");
  net::PageFetcher fetcher(quick.fetch);
  HostVisit host;
  return record(checks, placements, visit_site(site, quick, fetcher, host));
}

}  // namespace nok
