#pragma once
// The measures that bring citizens to the assessment, as the letter of the Ministry of
// Finance of Russia on popularising bus.gov.ru lists them (docs/popularisation.md), and the
// states a measure of an authority's yearly plan (медиаплан) goes through. No I/O.
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace nok::popularisation {

// Which figures nok holds that show a measure's effect (docs/popularisation.md, "Effect"):
// scans of QR carriers of some kinds and the answers after them, answered invitations after
// a service, answers collected at kiosks — or none, for measures nok cannot observe (radio).
enum class EffectSource { placements, invitations, kiosk, none };

// One of the letter's fifteen measures. `code` is stored and never changes; `title` is the
// short Russian name of forms and reports; `carriers` are the placement::carriers() codes
// whose scans a `placements` measure is judged by (empty entries unused).
struct MeasureType {
  int number = 0;  // its item in the letter, 1–15
  std::string_view code;
  std::string_view title;
  EffectSource effect = EffectSource::none;
  std::array<std::string_view, 3> carriers{};
};

std::span<const MeasureType> measure_types();
std::optional<MeasureType> find_measure_type(std::string_view code);

// запланировано → выполняется → выполнено, or отменено at any point; any state may be set
// again (a cancelled measure may be resumed), so the order is only the usual one.
enum class Status { planned, in_progress, done, cancelled };

inline constexpr std::array kStatuses{Status::planned, Status::in_progress, Status::done, Status::cancelled};

std::string_view code(Status status);  // as stored: planned, in_progress, done, cancelled
std::optional<Status> parse_status(std::string_view code);
std::string_view title(Status status);  // «запланировано», «выполняется», …

// placements, invitations, kiosk, none: for the JSON API.
std::string_view code(EffectSource source);
// «не измеряется по данным» and its kin: what a page says of a source's figures.
std::string_view effect_title(EffectSource source);

}  // namespace nok::popularisation
