// An appeal (обращение): private to its author and the organisation, answered within 30 days.
#include <kainjow/mustache.hpp>

#include "app/feedback/own_appeal.h"
#include "core/time.h"
#include "domain/feedback/records.h"
#include "web/pages/feedback_forms.h"

namespace nok::web {
namespace {

void fill(Data& data, const SiteContext&, const Organisation&, const http::Fields& posted, const Errors& errors) {
  data.set("subject", text_field("subject", "Тема", "Одной строкой, до 200 знаков.", feedback::kAppealSubjectMax,
                                 false, false, posted, errors));
  data.set("text", text_field("text", "Текст обращения", "До 5000 знаков.", feedback::kAppealTextMax, true, false,
                              posted, errors));
}

}  // namespace

CitizenForm appeal_form() {
  return {"appeal", "Обращение", {"subject", "text"}, /*needs_cycle=*/false, fill, file_appeal,
          [](const SiteContext& site, std::int64_t citizen_id, const StoredFeedback& stored) {
            const auto appeal = own_appeal(site.store, citizen_id, std::to_string(stored.id));
            return std::pair{std::string("Обращение отправлено"),
                             std::vector<std::string>{
                                 appeal ? "Организация должна ответить до " + day_text(appeal->due_at) + "."
                                        : "Организация должна ответить в течение 30 дней.",
                                 "Ответ придёт на вашу почту и появится на странице «Мои оценки, отзывы и "
                                 "обращения». Обращение видите только вы и организация."}};
          }};
}

}  // namespace nok::web
