#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ip_network.h"
#include "http/message.h"

namespace nok::web {

// Who may read /metrics (docs/configuration.md: NOK_METRICS_NETWORKS, NOK_METRICS_TOKEN). The
// counters tell traffic, routes and internals, so by default only this machine may.
struct MetricsAccess {
  std::vector<IpNetwork> networks;  // clients from these networks (parse_networks); the default is loopback
  std::string token;                // also anyone with "Authorization: Bearer <token>"; empty: no token
  // Whether the server takes the client's address from X-Forwarded-For. When it does not, a
  // request that came through a proxy is not judged by its address at all: the socket's peer
  // is the proxy (often on loopback), not the client.
  bool trust_forwarded_for = false;

  MetricsAccess();
};

// Whether `request` may read /metrics under `access`: its client's address lies in one of the
// networks, or it carries the configured bearer token (compared in constant time).
bool may_read_metrics(const MetricsAccess& access, const http::Request& request);

}  // namespace nok::web
