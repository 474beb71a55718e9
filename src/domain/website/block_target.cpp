#include "domain/website/block_target.h"

#include <cctype>

#include "core/parse_number.h"
#include "core/text.h"
#include "domain/registry/organisation_csv.h"
#include "domain/registry/qr_destination.h"

namespace nok::website {
namespace {

// An absolute http(s) URL cut into what the comparison needs. Hosts are lower-cased and the
// default port dropped, so "HTTP://Nok.Example.RU:80/o/x" and "https://nok.example.ru/o/x"
// name the same place.
struct Url {
  std::string address;  // host[:port]
  std::string_view path;
  std::string_view query;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<Url> parse_url(std::string_view text) {
  text = text::trim(text);
  const auto separator = text.find("://");
  if (separator == std::string_view::npos) return std::nullopt;
  const auto scheme = lower(text.substr(0, separator));
  if (scheme != "http" && scheme != "https") return std::nullopt;
  auto rest = text.substr(scheme.size() + 3);
  const auto authority_end = rest.find_first_of("/?#");
  std::string address = lower(rest.substr(0, authority_end));
  if (const auto at = address.rfind('@'); at != std::string::npos) address.erase(0, at + 1);
  if (address.empty()) return std::nullopt;
  const std::string default_port = scheme == "http" ? ":80" : ":443";
  if (address.ends_with(default_port)) address.resize(address.size() - default_port.size());
  Url url{std::move(address), {}, {}};
  if (authority_end == std::string_view::npos) return url;
  rest = rest.substr(authority_end);
  rest = rest.substr(0, rest.find('#'));
  const auto question = rest.find('?');
  url.path = rest.substr(0, question);
  if (question != std::string_view::npos) url.query = rest.substr(question + 1);
  return url;
}

std::string_view host_of(std::string_view address) {
  if (address.starts_with('[')) return address.substr(0, address.find(']') + 1);
  return address.substr(0, address.find(':'));
}

std::optional<std::int64_t> placement_of(std::string_view query) {
  for (auto pair : text::split(query, '&')) {
    if (!pair.starts_with("p=")) continue;
    const auto digits = pair.substr(2);
    const auto id = text::parse_integer<std::int64_t>(digits);
    if (id && *id > 0 && digits.front() != '0') return *id;
    return std::nullopt;
  }
  return std::nullopt;
}

// The code of ".../o/{code}" (a trailing slash allowed), or nothing.
std::optional<std::string> code_after(std::string_view path, std::string_view prefix) {
  if (!path.starts_with(prefix)) return std::nullopt;
  path.remove_prefix(prefix.size());
  if (path.ends_with('/')) path.remove_suffix(1);
  if (!valid_public_code(path)) return std::nullopt;
  return std::string(path);
}

}  // namespace

Target classify(std::string_view text, std::string_view public_url) {
  Target out;
  const auto url = parse_url(text);
  const auto ours = parse_url(public_url);
  if (!url) return out;
  if (ours && url->address == ours->address) {
    std::string prefix(ours->path);
    if (prefix.ends_with('/')) prefix.pop_back();
    if (auto code = code_after(url->path, prefix + "/o/")) {
      out.kind = TargetKind::organisation;
      out.code = std::move(*code);
      out.placement = placement_of(url->query);
    }
    return out;
  }
  const auto host = host_of(url->address);
  if (host == "bus.gov.ru" || host.ends_with(".bus.gov.ru")) {
    out.kind = TargetKind::bus_gov;
    // An organisation's card: https://bus.gov.ru/info-card/{id} (docs/printing.md).
    auto path = url->path;
    if (path.ends_with('/')) path.remove_suffix(1);
    constexpr std::string_view kCard = "/info-card/";
    if (path.starts_with(kCard) && valid_bus_gov_card(path.substr(kCard.size())))
      out.bus_gov_card = std::string(path.substr(kCard.size()));
    return out;
  }
  if (const auto slash = url->path.rfind("/o/"); slash != std::string_view::npos) {
    if (auto code = code_after(url->path.substr(slash), "/o/")) {
      out.kind = TargetKind::other_address;
      out.code = std::move(*code);
    }
  }
  return out;
}

}  // namespace nok::website
