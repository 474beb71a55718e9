#pragma once
#include <optional>
#include <span>
#include <string_view>

#include "domain/staff/role.h"

// The life of one year's assessment of an authority (docs/domain.md#actors): the
// authority opens it and lists organisations, the operator collects opinions and hands
// the materials to the public council, the council approves them or returns them with
// comments, the authority publishes. A correction after publication goes back through
// collection and the council as a new edition; the published one stays visible as history.
namespace nok::cycle {

enum class State { draft, collecting, council, approved, published };

enum class Event {
  start_collecting,   // draft → collecting: the authority has listed organisations and engaged an operator
  submit_to_council,  // collecting → council: the operator hands over the materials
  return_for_rework,  // council → collecting: the council returns them with comments
  approve,            // council → approved
  publish,            // approved → published
  correct,            // published → collecting: a corrected edition, again through the council
};

// The state an event leads to from `from`; nullopt when the event does not apply there.
std::optional<State> next(State from, Event event);

// Who may cause the event (on top of seeing the cycle): the authority's official runs
// the cycle, the operator submits, the council decides; the administrator may do all.
bool may(staff::Role role, Event event);

// Whether questionnaires still count toward the cycle's results: until the operator hands
// the materials to the council, and again while they are back for rework or a correction.
// Later answers would change nothing that is published, so they are not taken.
bool takes_questionnaires(State state);

// Events that apply in `state`, in the order pages offer them.
std::span<const Event> events_from(State state);

// Stable codes for the database and the API; Russian titles for pages.
std::string_view code(State state);
std::string_view code(Event event);
std::optional<State> parse_state(std::string_view code);
std::optional<Event> parse_event(std::string_view code);
std::string_view title(State state);
std::string_view title(Event event);

}  // namespace nok::cycle
