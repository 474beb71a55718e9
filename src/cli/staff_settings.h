#pragma once
#include "app/staff/policy.h"
#include "cli/common.h"

namespace nok::cli {

// The staff sign-in settings of `nok serve` (docs/configuration.md): the threads and queue
// that check passwords, and the attempts allowed from one network.
void add_staff_sign_in_options(po::options_description& options);
// The staff policy with them set; values below 1 count as 1.
StaffPolicy staff_sign_in_policy(const po::variables_map& vm);

}  // namespace nok::cli
