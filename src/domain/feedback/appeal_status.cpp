#include "domain/feedback/appeal_status.h"

namespace nok::feedback {

AppealStanding appeal_standing(std::string_view status, std::string_view due_at, std::string_view now) {
  if (status == "answered" || status == "closed") return AppealStanding::answered;
  return due_at < now ? AppealStanding::overdue : AppealStanding::fresh;
}

std::string_view title(AppealStanding standing) {
  switch (standing) {
    case AppealStanding::fresh:
      return "новое";
    case AppealStanding::answered:
      return "отвечено";
    case AppealStanding::overdue:
      return "просрочено";
  }
  return "";
}

}  // namespace nok::feedback
