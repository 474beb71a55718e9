#include "domain/cycle/workflow.h"

#include <array>

namespace nok::cycle {
namespace {

struct Transition {
  State from;
  Event event;
  State to;
};

// The whole machine. Anything not here is refused.
constexpr std::array kTransitions{
    Transition{State::draft, Event::start_collecting, State::collecting},
    Transition{State::collecting, Event::submit_to_council, State::council},
    Transition{State::council, Event::approve, State::approved},
    Transition{State::council, Event::return_for_rework, State::collecting},
    Transition{State::approved, Event::publish, State::published},
    Transition{State::published, Event::correct, State::collecting},
};

constexpr std::array kStates{State::draft, State::collecting, State::council, State::approved, State::published};
constexpr std::array kEvents{Event::start_collecting, Event::submit_to_council, Event::return_for_rework,
                             Event::approve,          Event::publish,           Event::correct};

constexpr std::array<Event, 1> kFromDraft{Event::start_collecting};
constexpr std::array<Event, 1> kFromCollecting{Event::submit_to_council};
constexpr std::array<Event, 2> kFromCouncil{Event::approve, Event::return_for_rework};
constexpr std::array<Event, 1> kFromApproved{Event::publish};
constexpr std::array<Event, 1> kFromPublished{Event::correct};

}  // namespace

std::optional<State> next(State from, Event event) {
  for (const auto& t : kTransitions)
    if (t.from == from && t.event == event) return t.to;
  return std::nullopt;
}

bool takes_questionnaires(State state) { return state == State::draft || state == State::collecting; }

bool may(staff::Role role, Event event) {
  using staff::Role;
  if (role == Role::admin) return true;
  switch (event) {
    case Event::start_collecting:
    case Event::publish:
    case Event::correct: return role == Role::official;
    // The authority may hand over on the operator's behalf (paper materials sent by post).
    case Event::submit_to_council: return role == Role::survey_operator || role == Role::official;
    case Event::approve:
    case Event::return_for_rework: return role == Role::council;
  }
  return false;
}

std::span<const Event> events_from(State state) {
  switch (state) {
    case State::draft: return kFromDraft;
    case State::collecting: return kFromCollecting;
    case State::council: return kFromCouncil;
    case State::approved: return kFromApproved;
    case State::published: return kFromPublished;
  }
  return {};
}

std::string_view code(State state) {
  switch (state) {
    case State::draft: return "draft";
    case State::collecting: return "collecting";
    case State::council: return "council";
    case State::approved: return "approved";
    case State::published: return "published";
  }
  return "";
}

std::string_view code(Event event) {
  switch (event) {
    case Event::start_collecting: return "start_collecting";
    case Event::submit_to_council: return "submit_to_council";
    case Event::return_for_rework: return "return_for_rework";
    case Event::approve: return "approve";
    case Event::publish: return "publish";
    case Event::correct: return "correct";
  }
  return "";
}

std::optional<State> parse_state(std::string_view text) {
  for (auto s : kStates)
    if (code(s) == text) return s;
  return std::nullopt;
}

std::optional<Event> parse_event(std::string_view text) {
  for (auto e : kEvents)
    if (code(e) == text) return e;
  return std::nullopt;
}

std::string_view title(State state) {
  switch (state) {
    case State::draft: return "Подготовка";
    case State::collecting: return "Сбор мнений";
    case State::council: return "У общественного совета";
    case State::approved: return "Утверждено советом";
    case State::published: return "Опубликовано";
  }
  return "";
}

std::string_view title(Event event) {
  switch (event) {
    case Event::start_collecting: return "Начать сбор мнений";
    case Event::submit_to_council: return "Передать материалы общественному совету";
    case Event::return_for_rework: return "Вернуть на доработку";
    case Event::approve: return "Утвердить результаты";
    case Event::publish: return "Опубликовать результаты";
    case Event::correct: return "Исправить опубликованные результаты";
  }
  return "";
}

}  // namespace nok::cycle
