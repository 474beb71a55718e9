#pragma once
#include "app/staff/policy.h"
#include "cli/common.h"

namespace nok::cli {

// The staff sign-in settings of `nok serve` (docs/configuration.md): the threads and queue
// that check passwords, and the attempts allowed from one network.
void add_staff_sign_in_options(po::options_description& options);
// Sets them in `policy`; values below 1 count as 1.
void read_staff_sign_in_settings(const po::variables_map& vm, StaffPolicy& policy);

}  // namespace nok::cli
