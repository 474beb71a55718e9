#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"
#include "domain/exchange/fields.h"

namespace nok::methodology {

// What the operator's inspection of stands, site and premises records per organisation
// (the expert inputs of docs/formats.md).
enum class ExpertField : std::uint8_t {
  info_stand, info_stand_required, info_site, info_site_required, remote_channels,
  comfort_conditions, wait_days, premises_access, service_access,
};
inline constexpr std::size_t kExpertFieldCount = 9;

std::string_view key(ExpertField field);
std::span<const ExpertField> all_expert_fields();

// Empty cells are absent values: the indicators built from them have no data.
struct ExpertInputs {
  std::array<std::optional<double>, kExpertFieldCount> values{};

  std::optional<double> operator[](ExpertField f) const { return values[static_cast<std::size_t>(f)]; }
  std::optional<double>& operator[](ExpertField f) { return values[static_cast<std::size_t>(f)]; }
};

struct ParsedExpert {
  std::string org;
  ExpertInputs inputs;
  Errors errors;  // each naming its key in `column`; `line` left for the caller
};

// Reads one expert record. Counts are whole numbers within the exchange ranges (remote
// channels 0–6, comfort conditions 0–8, premises 0–5, service accessibility 0–6);
// wait_days is a non-negative decimal, with a point or a comma; an item count present on
// stands or the site cannot exceed the required list. Codes: expert_unknown_key,
// expert_duplicate_key, expert_missing_field, expert_bad_org, expert_bad_number,
// expert_out_of_range, expert_exceeds_required.
ParsedExpert parse_expert(Fields fields);

}  // namespace nok::methodology
