#pragma once
// Where an appeal stands for the organisation: the law gives 30 days to answer (59-ФЗ), so
// an unanswered appeal past its due date is overdue.
#include <string_view>

namespace nok::feedback {

enum class AppealStanding { fresh, answered, overdue };

// `status` as stored (new | in_progress | answered | closed); `due_at` and `now` as ISO
// 8601 UTC text, which sorts by time.
AppealStanding appeal_standing(std::string_view status, std::string_view due_at, std::string_view now);
std::string_view title(AppealStanding standing);  // «новое», «отвечено», «просрочено»

}  // namespace nok::feedback
