#include "web/metrics_access.h"

#include <boost/asio/ip/address.hpp>
#include <optional>

#include "core/crypto.h"
#include "core/text.h"

namespace nok::web {
namespace {

std::optional<std::array<unsigned char, 16>> mapped_address(std::string_view text) {
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  if (address.is_v6()) return address.to_v6().to_bytes();
  return boost::asio::ip::make_address_v6(boost::asio::ip::v4_mapped, address.to_v4()).to_bytes();
}

std::optional<IpNetwork> parse_network(std::string_view text) {
  const auto slash = text.find('/');
  const bool v4 = text.substr(0, slash).find(':') == std::string_view::npos;
  const auto address = mapped_address(text.substr(0, slash));
  if (!address) return std::nullopt;
  IpNetwork network{*address, 128};
  if (slash != std::string_view::npos) {
    const auto digits = text.substr(slash + 1);
    const unsigned most = v4 ? 32 : 128;
    if (digits.empty() || digits.size() > 3) return std::nullopt;
    unsigned prefix = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
      prefix = prefix * 10 + static_cast<unsigned>(c - '0');
    }
    if (prefix > most) return std::nullopt;
    network.prefix = v4 ? prefix + 96 : prefix;
  }
  return network;
}

bool contains(const IpNetwork& network, const std::array<unsigned char, 16>& address) {
  unsigned bits = network.prefix;
  for (std::size_t i = 0; i < address.size() && bits > 0; ++i, bits = bits >= 8 ? bits - 8 : 0) {
    const auto mask = static_cast<unsigned char>(bits >= 8 ? 0xff : 0xff << (8 - bits));
    if ((address[i] & mask) != (network.address[i] & mask)) return false;
  }
  return true;
}

bool from_allowed_network(const MetricsAccess& access, const http::Request& request) {
  if (!access.trust_forwarded_for && (!request.header("x-forwarded-for").empty() || !request.header("forwarded").empty()))
    return false;
  const auto address = mapped_address(request.remote_address);
  if (!address) return false;
  for (const auto& network : access.networks)
    if (contains(network, *address)) return true;
  return false;
}

bool has_token(const MetricsAccess& access, const http::Request& request) {
  constexpr std::string_view kBearer = "Bearer ";
  const auto authorization = request.header("authorization");
  return !access.token.empty() && authorization.starts_with(kBearer) &&
         equal_in_constant_time(authorization.substr(kBearer.size()), access.token);
}

}  // namespace

MetricsAccess::MetricsAccess() : networks(*parse_networks("127.0.0.0/8,::1")) {}

Result<std::vector<IpNetwork>> parse_networks(std::string_view list) {
  std::vector<IpNetwork> out;
  for (auto entry : text::split(list, ',')) {
    entry = text::trim(entry);
    if (entry.empty()) continue;
    auto network = parse_network(entry);
    if (!network)
      return Error{"bad_metrics_networks",
                   "«" + std::string(entry) + "» — не IP-адрес и не сеть вида 10.0.0.0/8 или fd00::/8"};
    out.push_back(*network);
  }
  return out;
}

bool may_read_metrics(const MetricsAccess& access, const http::Request& request) {
  return from_allowed_network(access, request) || has_token(access, request);
}

}  // namespace nok::web
