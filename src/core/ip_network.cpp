#include "core/ip_network.h"

#include <boost/asio/ip/address.hpp>

#include "core/text.h"

namespace nok {
namespace {

std::optional<IpNetwork> parse_network(std::string_view text) {
  const auto slash = text.find('/');
  const bool v4 = text.substr(0, slash).find(':') == std::string_view::npos;
  const auto address = parse_ip_address(text.substr(0, slash));
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

// The special-purpose blocks of the IANA registries that do not lead to the public Internet.
const std::vector<IpNetwork>& non_public_networks() {
  static const std::vector<IpNetwork> networks = *parse_networks(
      "0.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0/16, 172.16.0.0/12, 192.0.0.0/24, "
      "192.0.2.0/24, 192.88.99.0/24, 192.168.0.0/16, 198.18.0.0/15, 198.51.100.0/24, 203.0.113.0/24, "
      "224.0.0.0/4, 240.0.0.0/4, ::/96, 64:ff9b::/96, 64:ff9b:1::/48, 100::/64, 2001::/23, 2001:db8::/32, "
      "2002::/16, 3fff::/20, 5f00::/16, fc00::/7, fe80::/10, fec0::/10, ff00::/8");
  return networks;
}

}  // namespace

std::optional<IpAddress> parse_ip_address(std::string_view text) {
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  if (address.is_v6()) return address.to_v6().to_bytes();
  return boost::asio::ip::make_address_v6(boost::asio::ip::v4_mapped, address.to_v4()).to_bytes();
}

Result<std::vector<IpNetwork>> parse_networks(std::string_view list) {
  std::vector<IpNetwork> out;
  for (auto entry : text::split(list, ',')) {
    entry = text::trim(entry);
    if (entry.empty()) continue;
    auto network = parse_network(entry);
    if (!network)
      return Error{"bad_network", "«" + std::string(entry) + "» — не IP-адрес и не сеть вида 10.0.0.0/8 или fd00::/8"};
    out.push_back(*network);
  }
  return out;
}

bool contains(const IpNetwork& network, const IpAddress& address) {
  unsigned bits = network.prefix;
  for (std::size_t i = 0; i < address.size() && bits > 0; ++i, bits = bits >= 8 ? bits - 8 : 0) {
    const auto mask = static_cast<unsigned char>(bits >= 8 ? 0xff : 0xff << (8 - bits));
    if ((address[i] & mask) != (network.address[i] & mask)) return false;
  }
  return true;
}

bool contains(std::span<const IpNetwork> networks, const IpAddress& address) {
  for (const auto& network : networks)
    if (contains(network, address)) return true;
  return false;
}

bool is_public(const IpAddress& address) { return !contains(non_public_networks(), address); }

}  // namespace nok
