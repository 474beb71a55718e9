#include "domain/methodology/expert.h"

#include <array>
#include <limits>

#include "core/parse_number.h"

namespace nok::methodology {
namespace {

struct FieldSpec {
  ExpertField field;
  std::string_view key;
  double max;     // inclusive
  bool integer;
};

constexpr double kNoLimit = std::numeric_limits<double>::infinity();

constexpr std::array<FieldSpec, kExpertFieldCount> kSpecs{{
    {ExpertField::info_stand, "info_stand", kNoLimit, true},
    {ExpertField::info_stand_required, "info_stand_required", kNoLimit, true},
    {ExpertField::info_site, "info_site", kNoLimit, true},
    {ExpertField::info_site_required, "info_site_required", kNoLimit, true},
    {ExpertField::remote_channels, "remote_channels", 6, true},
    {ExpertField::comfort_conditions, "comfort_conditions", 8, true},
    {ExpertField::wait_days, "wait_days", 366, false},  // a year: beyond it a typo is likelier
    {ExpertField::premises_access, "premises_access", 5, true},
    {ExpertField::service_access, "service_access", 6, true},
}};

constexpr std::array<ExpertField, kExpertFieldCount> kAll = [] {
  std::array<ExpertField, kExpertFieldCount> all{};
  for (std::size_t i = 0; i < kExpertFieldCount; ++i) all[i] = kSpecs[i].field;
  return all;
}();

constexpr std::array<std::string_view, 1> kRequired{"org"};

std::optional<double> parse_number(std::string_view text, bool integer) {
  const auto value = text::parse_decimal(text);
  if (!value || *value < 0) return std::nullopt;
  if (integer && *value != static_cast<double>(static_cast<long long>(*value))) return std::nullopt;
  return value;
}

void check_part_of_required(ParsedExpert& out, ExpertField present, ExpertField required) {
  auto p = out.inputs[present], r = out.inputs[required];
  if (p && r && *p > *r)
    out.errors.push_back({"expert_exceeds_required",
                          std::string(key(present)) + " не может быть больше " + std::string(key(required)) +
                              ": найдено больше пунктов, чем требуется",
                          0, std::string(key(present))});
}

}  // namespace

std::string_view key(ExpertField field) { return kSpecs[static_cast<std::size_t>(field)].key; }
std::span<const ExpertField> all_expert_fields() { return kAll; }

ParsedExpert parse_expert(Fields fields) {
  ParsedExpert out;
  visit_fields(fields, kRequired, "expert", out.errors, [&](std::string_view k, std::string_view value) {
    auto fail = [&](std::string code, std::string message) {
      out.errors.push_back({std::move(code), std::move(message), 0, std::string(k)});
    };
    if (k == "org") {
      return read_org_code("expert", value, out.org, out.errors);
    }
    const FieldSpec* spec = nullptr;
    for (const auto& s : kSpecs)
      if (s.key == k) spec = &s;
    if (!spec) return fail("expert_unknown_key", "неизвестное поле экспертной оценки " + quoted(k));
    if (value.empty()) return;
    auto number = parse_number(value, spec->integer);
    if (!number)
      return fail("expert_bad_number", quoted(value) + " — не " +
                                           (spec->integer ? "целое неотрицательное число" : "неотрицательное число"));
    if (*number > spec->max)
      return fail("expert_out_of_range", quoted(value) + " больше допустимого " + std::to_string(static_cast<int>(spec->max)));
    out.inputs[spec->field] = *number;
  });
  check_part_of_required(out, ExpertField::info_stand, ExpertField::info_stand_required);
  check_part_of_required(out, ExpertField::info_site, ExpertField::info_site_required);
  return out;
}

}  // namespace nok::methodology
