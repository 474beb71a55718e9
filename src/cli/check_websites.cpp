// `nok check-websites`: visits organisations' websites and records whether each carries a
// working НОК block (docs/website-checks.md).
#include <iostream>
#include <map>

#include "app/website/website_checks.h"
#include "cli/common.h"
#include "cli/verbs.h"
#include "cli/website_check_settings.h"
#include "core/csv.h"
#include "domain/website/verdict.h"

namespace nok::cli {
namespace {

constexpr const char* kUsage =
    "nok check-websites [--db URL] [--org CODE|--region R|--authority NAME] [--concurrency N]\n"
    "                   [--allow-network CIDR]… [--format text|csv]";

// One line a site, tab-separated; the evidence is already printable (no tab, line break or
// terminal escape from another site reaches the terminal).
void print_text(const SiteToCheck& site, const WebsiteCheck& check) {
  const auto verdict = website::parse_verdict(check.verdict);
  std::cout << site.code << "\t" << (verdict ? website::title(*verdict) : check.verdict) << "\t" << check.reason;
  if (!check.page_url.empty()) std::cout << "\tстраница: " << check.page_url;
  if (!check.image_url.empty()) std::cout << "\tизображение: " << check.image_url;
  if (!check.decoded.empty()) std::cout << "\tсодержит: " << check.decoded;
  std::cout << "\n";
}

void print_csv(const WebsiteCheck& check, const std::string& code) {
  csv::Writer row("\n");
  row.text(code).text(check.verdict).text(check.page_url).text(check.image_url).text(check.decoded).end_row();
  std::cout << row.take();
}

}  // namespace

int check_websites(int argc, char** argv) {
  po::options_description options("check-websites");
  add_db_option(options);
  options.add_options()("org", po::value<std::string>()->default_value(""), "one organisation, by its code")(
      "region", po::value<std::string>()->default_value(""), "the organisations of a region, by its two-digit code")(
      "authority", po::value<std::string>()->default_value(""), "the organisations of an authority, by its name")(
      "concurrency", po::value<unsigned>()->default_value(8), "hosts visited at once (1–256)")(
      "allow-network", po::value<std::vector<std::string>>()->composing(),
      "a private or loopback network that may be fetched, e.g. 127.0.0.0/8 (test fixtures only)")(
      "format", po::value<std::string>()->default_value("text"), "text, or csv: code,verdict,page_url,image_url,decoded");
  int exit_code = 0;
  auto vm = parse(argc, argv, options, kUsage, exit_code);
  if (!vm) return exit_code;
  const auto format = (*vm)["format"].as<std::string>();
  const auto concurrency = (*vm)["concurrency"].as<unsigned>();
  const SiteSelection selection{(*vm)["org"].as<std::string>(), (*vm)["region"].as<std::string>(),
                                (*vm)["authority"].as<std::string>()};
  const int chosen = !selection.organisation_code.empty() + !selection.region_code.empty() +
                     !selection.authority_name.empty();
  if ((format != "text" && format != "csv") || concurrency < 1 || concurrency > 256 || chosen > 1) {
    std::cerr << "ошибка: " << (chosen > 1 ? "укажите только одно из --org, --region, --authority"
                                : concurrency < 1 || concurrency > 256 ? "--concurrency ожидает число от 1 до 256"
                                                                        : "--format ожидает text или csv")
              << "\n"
              << kUsage << "\n";
    return 2;
  }
  auto settings = website_check_settings_from_env(public_url_from_env());
  if (vm->count("allow-network"))
    for (const auto& entry : (*vm)["allow-network"].as<std::vector<std::string>>()) {
      auto networks = parse_networks(entry);
      if (!networks) {
        std::cerr << "ошибка: --allow-network: " << networks.error().message << "\n";
        return 2;
      }
      settings.fetch.allowed_networks.insert(settings.fetch.allowed_networks.end(), networks->begin(), networks->end());
    }
  auto stores = open_prepared_stores(*vm, std::min<std::size_t>(concurrency, 16) + 1);
  const auto ports = stores->ports();
  auto sites = sites_to_check(ports, selection);
  if (!sites) {
    std::cerr << "ошибка: " << sites.error().message << "\n";
    return 1;
  }
  if (format == "csv") std::cout << "code,verdict,page_url,image_url,decoded\n" << std::flush;
  std::map<std::string, int> counts;
  check_websites(ports.websites, ports.placements, *sites, settings, concurrency, [&](const SiteToCheck& site, const WebsiteCheck& check) {
    ++counts[check.verdict];
    if (format == "csv") print_csv(check, site.code);
    else print_text(site, check);
    std::cout << std::flush;
  });
  if (format == "text") {
    std::cout << "проверено сайтов: " << sites->size();
    for (const auto& [verdict, count] : counts)
      std::cout << "; " << website::title(*website::parse_verdict(verdict)) << ": " << count;
    std::cout << "\n";
  }
  return 0;
}

}  // namespace nok::cli
