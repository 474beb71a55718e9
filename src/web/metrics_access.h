#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/message.h"

namespace nok::web {

// An IP network; IPv4 is kept as its IPv4-mapped IPv6 form (::ffff:a.b.c.d, prefix + 96), so
// one comparison serves both families and a dual-stack socket's mapped clients.
struct IpNetwork {
  std::array<unsigned char, 16> address{};
  unsigned prefix = 128;
};

// Who may read /metrics (docs/configuration.md: NOK_METRICS_NETWORKS, NOK_METRICS_TOKEN). The
// counters tell traffic, routes and internals, so by default only this machine may.
struct MetricsAccess {
  std::vector<IpNetwork> networks;  // clients from these networks; the default is loopback
  std::string token;                // also anyone with "Authorization: Bearer <token>"; empty: no token
  // Whether the server takes the client's address from X-Forwarded-For. When it does not, a
  // request that came through a proxy is not judged by its address at all: the socket's peer
  // is the proxy (often on loopback), not the client.
  bool trust_forwarded_for = false;

  MetricsAccess();
};

// Parses a comma-separated list of networks and addresses: "127.0.0.0/8, ::1, 10.1.0.0/16"
// (an address alone is one host). An empty list is no network. Error code
// "bad_metrics_networks" names the entry that is not one.
Result<std::vector<IpNetwork>> parse_networks(std::string_view list);

// Whether `request` may read /metrics under `access`: its client's address lies in one of the
// networks, or it carries the configured bearer token (compared in constant time).
bool may_read_metrics(const MetricsAccess& access, const http::Request& request);

}  // namespace nok::web
