#pragma once
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace nok {

// An IP address as 16 bytes: IPv4 is kept as its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so
// one comparison serves both families and a dual-stack socket's mapped clients.
using IpAddress = std::array<unsigned char, 16>;

// An IP network in the same form (an IPv4 prefix is stored plus 96).
struct IpNetwork {
  IpAddress address{};
  unsigned prefix = 128;
};

// "203.0.113.9", "::1", "::ffff:127.0.0.1"; nullopt for anything else (names included).
std::optional<IpAddress> parse_ip_address(std::string_view text);

// Parses a comma-separated list of networks and addresses: "127.0.0.0/8, ::1, 10.1.0.0/16"
// (an address alone is one host). An empty list is no network. Error code "bad_network"
// names the entry that is not one.
Result<std::vector<IpNetwork>> parse_networks(std::string_view list);

bool contains(const IpNetwork& network, const IpAddress& address);
bool contains(std::span<const IpNetwork> networks, const IpAddress& address);

// Whether the address is reachable on the public Internet: not loopback, private (RFC 1918,
// unique local), link-local, carrier-grade NAT, multicast, reserved, documentation or
// unspecified. What a server may fetch on behalf of others without reaching into the
// operator's own network.
bool is_public(const IpAddress& address);

}  // namespace nok
