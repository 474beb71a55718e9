#include "web/metrics_access.h"

#include "core/crypto.h"

namespace nok::web {
namespace {

bool from_allowed_network(const MetricsAccess& access, const http::Request& request) {
  if (!access.trust_forwarded_for && (!request.header("x-forwarded-for").empty() || !request.header("forwarded").empty()))
    return false;
  const auto address = parse_ip_address(request.remote_address);
  return address && contains(access.networks, *address);
}

bool has_token(const MetricsAccess& access, const http::Request& request) {
  constexpr std::string_view kBearer = "Bearer ";
  const auto authorization = request.header("authorization");
  return !access.token.empty() && authorization.starts_with(kBearer) &&
         equal_in_constant_time(authorization.substr(kBearer.size()), access.token);
}

}  // namespace

MetricsAccess::MetricsAccess() : networks(*parse_networks("127.0.0.0/8,::1")) {}

bool may_read_metrics(const MetricsAccess& access, const http::Request& request) {
  return from_allowed_network(access, request) || has_token(access, request);
}

}  // namespace nok::web
