#pragma once
#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "store/staff_store.h"

namespace nok {

// Registers a survey operator (the organisation an authority engages to collect opinions)
// by its name, as authorities and operator accounts will refer to it, and its ИНН.
// Errors: bad_name, bad_inn, operator_exists.
Result<std::int64_t> register_operator(StaffStore& staff, std::int64_t actor_id, std::string_view name,
                                       std::string_view inn);

}  // namespace nok
