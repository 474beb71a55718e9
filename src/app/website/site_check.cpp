#include "app/website/site_check.h"

#include <algorithm>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <set>
#include <thread>

#include "core/text.h"
#include "core/time.h"
#include "crawl/html_page.h"
#include "crawl/qr_image.h"
#include "domain/website/verdict.h"

namespace nok {
namespace {

using website::Finding;
using website::Judgement;
using website::Verdict;

constexpr std::size_t kRobotsBytes = 512u << 10;  // RFC 9309 asks crawlers to read at least 500 KiB
constexpr std::chrono::seconds kLongestCrawlDelay{10};
constexpr std::size_t kEvidenceBytes = 2000;

std::string why_unreachable(const net::Fetched& page, std::size_t max_bytes) {
  switch (page.fault) {
    case net::FetchFault::none:
      break;
    case net::FetchFault::bad_url:
      return "Адрес сайта не является адресом http или https";
    case net::FetchFault::refused_address:
      return "Сайт находится во внутренней сети или на служебном адресе; такие адреса не проверяются";
    case net::FetchFault::dns:
      return "Имя сайта не найдено (DNS)";
    case net::FetchFault::connect:
      return "Сайт не принимает соединения";
    case net::FetchFault::tls:
      return "Ошибка сертификата или защищённого соединения (TLS)";
    case net::FetchFault::timeout:
      return "Сайт не ответил вовремя";
    case net::FetchFault::too_large:
      return "Страница больше " + std::to_string(max_bytes >> 20) + " МБ";
    case net::FetchFault::too_many_redirects:
      return "Слишком много перенаправлений или их цикл";
    case net::FetchFault::broken:
      return "Соединение прервано или ответ не по протоколу HTTP";
    case net::FetchFault::disallowed:
      return "Сайт запрещает автоматическую проверку этой страницы (robots.txt)";
  }
  if (page.status == 429) return "Сайт ограничил частоту запросов (429)";
  if (page.status >= 500) return "Сайт ответил ошибкой сервера (" + std::to_string(page.status) + ")";
  return "Страница не открывается (код ответа " + std::to_string(page.status) + ")";
}

bool answered(const net::Fetched& page) { return page.ok() && page.status >= 200 && page.status < 300; }

std::string path_and_query(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return "/";
  std::string out(parsed->encoded_path());
  if (out.empty()) out = "/";
  if (parsed->has_query()) out += "?" + std::string(parsed->encoded_query());
  return out;
}

std::string origin_of(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return {};
  return std::string(parsed->scheme()) + "://" + std::string(parsed->encoded_authority());
}

// One visit's state: what was found so far and the judgement it earns.
class Visit {
 public:
  Visit(const SiteToCheck& site, const CheckSettings& settings, net::PageFetcher& fetcher, HostVisit& host)
      : site_(site),
        settings_(settings),
        fetcher_(fetcher),
        host_(host),
        deadline_(std::chrono::steady_clock::now() + settings.site_time) {
    owner_.code = site.code;
    owner_.public_url = settings.public_url;
    owner_.bus_gov_card = site.bus_gov_card;
    for (const auto& p : site.placements) owner_.live_placements.push_back(p.id);
    best_ = website::judge(owner_, {});
  }

  SiteVisit run() {
    SiteVisit out;
    out.check.organisation_id = site_.organisation_id;
    out.check.website = site_.website;
    const auto judged = judge_site();
    out.abandoned = settings_.stop && *settings_.stop;
    out.check.verdict = std::string(website::name(judged.verdict));
    out.check.reason = judged.reason;
    if (judged.evidence) {
      out.check.page_url = text::printable(judged.evidence->page_url, kEvidenceBytes);
      out.check.image_url = text::printable(judged.evidence->image_url, kEvidenceBytes);
      out.check.decoded = text::printable(judged.evidence->text, kEvidenceBytes);
    }
    out.check.checked_at = iso_utc_now();
    if (judged.verdict == Verdict::ok && judged.placement)
      for (const auto& p : site_.placements)
        if (p.id == *judged.placement && p.place == "website" && p.confirmed_at.empty()) out.confirms_placement = p.id;
    return out;
  }

 private:
  Judgement unreachable(std::string reason, std::string page_url = {}) {
    Judgement j{Verdict::unreachable, std::nullopt, std::move(reason), std::nullopt};
    if (!page_url.empty()) j.evidence = Finding{false, {}, std::move(page_url), {}};
    return j;
  }

  Judgement judge_site() {
    std::string url = site_url(site_.website);
    if (url.empty()) return unreachable("В реестре нет адреса сайта или он не похож на адрес");
    auto page = fetch_page(url);
    // A bare name in the registry was tried over https first; a site without TLS gets a
    // second chance over http.
    const bool tls_or_connection = page.fault == net::FetchFault::tls || page.fault == net::FetchFault::connect ||
                                   page.fault == net::FetchFault::broken;
    if (tls_or_connection && !text::fold(site_.website).starts_with("http") && url.starts_with("https://")) {
      url = "http://" + url.substr(8);
      page = fetch_page(url);
    }
    if (!answered(page)) return unreachable(page_reason_, page.url);
    auto contents = read(page);
    if (best_.verdict == Verdict::ok) return best_;
    std::size_t followed = 0;
    for (const auto& next : contents.block_pages) {
      if (followed++ >= settings_.block_pages) break;
      auto more = fetch_page(next);
      if (!answered(more)) continue;
      read(more);
      if (best_.verdict == Verdict::ok) return best_;
    }
    return best_;
  }

  // The time left of the visit; zero once it is over or the checker stops.
  std::chrono::milliseconds remaining() const {
    if (settings_.stop && *settings_.stop) return {};
    return std::max(std::chrono::milliseconds(0), std::chrono::duration_cast<std::chrono::milliseconds>(
                                                      deadline_ - std::chrono::steady_clock::now()));
  }

  // What a request may still take: at least a millisecond, since a zero asks for the default.
  std::chrono::milliseconds time_left() const { return std::max(remaining(), std::chrono::milliseconds(1)); }

  net::Fetched out_of_time(const std::string& url) {
    net::Fetched late;
    late.url = url;
    late.fault = net::FetchFault::timeout;
    page_reason_ = "Проверка сайта не уложилась в " + std::to_string(settings_.site_time.count() / 1000) + " с";
    return late;
  }

  // Fetches an HTML page with the host's rules: robots.txt for the page and every redirect on
  // the way, then the polite delay.
  net::Fetched fetch_page(const std::string& url) {
    auto delay = settings_.page_delay;
    if (const auto asked = rules_for(url).crawl_delay())
      delay = std::max<std::chrono::milliseconds>(delay, std::min(*asked, kLongestCrawlDelay));
    const auto next_allowed = host_.last_page + delay;
    // Short naps, so that a stopping checker does not wait out a long Crawl-delay.
    while (host_.last_page.time_since_epoch().count() != 0 && std::chrono::steady_clock::now() < next_allowed &&
           remaining().count() > 0)
      std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
          next_allowed - std::chrono::steady_clock::now(), std::chrono::milliseconds(100)));
    if (remaining().count() == 0) return out_of_time(url);
    robots_failure_.clear();
    auto page = fetcher_.get(url, 0, time_left(), [this](const std::string& address) { return allowed(address); });
    host_.last_page = std::chrono::steady_clock::now();
    if (page.fault == net::FetchFault::disallowed && !robots_failure_.empty()) {
      page.fault = robots_fault_;  // robots.txt could not be read: the site's own failure
      page_reason_ = robots_failure_;
    } else {
      page_reason_ = why_unreachable(page, settings_.fetch.max_bytes);
    }
    return page;
  }

  // Whether robots.txt lets the checker request the address.
  bool allowed(const std::string& url) { return rules_for(url).allows(path_and_query(url)); }

  // The robots.txt rules of the URL's origin, fetched the first time it is met. RFC 9309: a
  // 4xx means no rules; a 5xx, or no answer at all, forbids everything — the latter is not
  // kept (the next site of the host asks again) and its reason becomes the visit's.
  const website::RobotsRules& rules_for(const std::string& url) {
    static const auto forbidden = website::RobotsRules::disallow_all();
    const auto origin = origin_of(url);
    if (const auto known = host_.robots.find(origin); known != host_.robots.end()) return known->second;
    if (remaining().count() == 0) return forbidden;
    const auto robots = fetcher_.get(origin + "/robots.txt", kRobotsBytes, time_left());
    website::RobotsRules rules;
    if (robots.ok() && robots.status >= 200 && robots.status < 300) {
      rules = website::RobotsRules::parse(robots.body, settings_.fetch.user_agent);
    } else if (robots.ok() && robots.status >= 500) {
      rules = website::RobotsRules::disallow_all();
    } else if (!robots.ok() && robots.fault != net::FetchFault::too_large) {
      robots_failure_ = why_unreachable(robots, kRobotsBytes);
      robots_fault_ = robots.fault;
      return forbidden;
    }
    return host_.robots.emplace(origin, std::move(rules)).first->second;
  }

  crawl::PageContents read(const net::Fetched& page) {
    auto contents = crawl::read_page(page.body, page.url, crawl::charset_of(page.content_type));
    std::vector<Finding> links;
    for (const auto& link : contents.links) links.push_back({false, link, page.url, {}});
    consider(links);
    for (const auto& image : contents.images) {
      if (images_read_ >= settings_.images || best_.verdict == Verdict::ok || remaining().count() == 0) break;
      ++images_read_;
      decode(image, page.url);
    }
    return contents;
  }

  void decode(const crawl::PageImage& image, const std::string& page_url) {
    // A site repeats its header and footer images on every page: each is read once a visit.
    if (!image.url.empty() && !decoded_.insert(image.url).second) return;
    std::string bytes;
    std::string image_url = image.url;
    if (!image.svg.empty()) {
      bytes = image.svg;
      image_url = page_url;
    } else if (text::fold(image.url.substr(0, 5)) == "data:") {
      bytes = crawl::data_url_bytes(image.url);
      image_url = "data:";  // the page holds it; its bytes are no address
    } else {
      auto fetched = fetcher_.get(image.url, settings_.image_bytes, time_left(),
                                  [this](const std::string& address) { return allowed(address); });
      if (!answered(fetched)) return;
      bytes = std::move(fetched.body);
      image_url = fetched.url;
    }
    std::vector<Finding> codes;
    for (auto& text : crawl::decode_qr_codes(bytes).texts) codes.push_back({true, std::move(text), page_url, image_url});
    consider(codes);
  }

  // Keeps the better of the judgement so far and what the new findings earn.
  void consider(const std::vector<Finding>& found) {
    auto judged = website::judge(owner_, found);
    if (judged.verdict < best_.verdict) best_ = std::move(judged);
  }

  const SiteToCheck& site_;
  const CheckSettings& settings_;
  net::PageFetcher& fetcher_;
  HostVisit& host_;
  website::SiteOwner owner_;
  const std::chrono::steady_clock::time_point deadline_;
  Judgement best_;
  std::size_t images_read_ = 0;
  std::set<std::string> decoded_;  // image addresses already read in this visit
  std::string page_reason_;
  std::string robots_failure_;  // why robots.txt could not be read, when it could not
  net::FetchFault robots_fault_ = net::FetchFault::none;
};

}  // namespace

SiteVisit visit_site(const SiteToCheck& site, const CheckSettings& settings, net::PageFetcher& fetcher, HostVisit& host) {
  try {
    return Visit(site, settings, fetcher, host).run();
  } catch (const std::exception&) {
    // A site's bytes reached a library in a way not foreseen: that site's verdict, not the run's end.
    SiteVisit failed;
    failed.check = {0, site.organisation_id, site.website, std::string(website::name(Verdict::unreachable)),
                    "Сайт не удалось прочитать: его содержимое не разобрано", {}, {}, {}, iso_utc_now()};
    return failed;
  }
}

std::string site_url(std::string_view website) {
  auto trimmed = std::string(text::trim(website));
  if (trimmed.empty() || trimmed.find_first_of(" \t\r\n") != std::string::npos) return {};
  const auto lower = text::fold(trimmed);
  if (!lower.starts_with("http://") && !lower.starts_with("https://")) {
    if (lower.find("://") != std::string::npos || trimmed.find('.') == std::string::npos) return {};
    trimmed = "https://" + trimmed;
  }
  return trimmed;
}

std::string host_key(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  return parsed ? text::fold(parsed->host()) : text::fold(url);
}

}  // namespace nok
