#include "cli/staff_settings.h"

#include <algorithm>

namespace nok::cli {

void add_staff_sign_in_options(po::options_description& options) {
  const StaffPolicy defaults;
  options.add_options()(
      "staff-hash-threads",
      po::value<unsigned>()->default_value(env_number("NOK_STAFF_HASH_THREADS", defaults.hash_threads, 1u)),
      "threads that check staff passwords at sign-in, apart from the write threads (env NOK_STAFF_HASH_THREADS)")(
      "staff-hash-queue",
      po::value<std::size_t>()->default_value(env_number<std::size_t>("NOK_STAFF_HASH_QUEUE", defaults.hash_queue, 1)),
      "staff sign-ins that may wait for a password check; more get 503 at once (env NOK_STAFF_HASH_QUEUE)")(
      "staff-sign-ins-per-network",
      po::value<int>()->default_value(env_number("NOK_STAFF_SIGN_INS_PER_NETWORK", defaults.attempts_per_network, 1)),
      "staff sign-in attempts from one /24 (IPv6 /48) in 10 minutes; more get 429 (env NOK_STAFF_SIGN_INS_PER_NETWORK)");
}

StaffPolicy staff_sign_in_policy(const po::variables_map& vm) {
  StaffPolicy policy;
  policy.hash_threads = std::max(1u, vm["staff-hash-threads"].as<unsigned>());
  policy.hash_queue = std::max<std::size_t>(1, vm["staff-hash-queue"].as<std::size_t>());
  policy.attempts_per_network = std::max(1, vm["staff-sign-ins-per-network"].as<int>());
  return policy;
}

}  // namespace nok::cli
