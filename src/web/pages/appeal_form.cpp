// An appeal (обращение): private to its author and the organisation, answered within 30 days.
#include <kainjow/mustache.hpp>

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
  return {"appeal", "Обращение", "subject", /*needs_cycle=*/false, fill, file_appeal,
          [](const SiteContext& site, const StoredFeedback& stored) {
            const auto appeal = site.store.find_appeal(stored.id);
            return std::pair{std::string("Обращение отправлено"),
                             std::vector<std::string>{
                                 "Организация должна ответить до " + (appeal ? day_text(appeal->due_at) : "") + ".",
                                 "Ответ придёт на вашу почту и появится в личном кабинете. Обращение видите только "
                                 "вы и организация."}};
          }};
}

}  // namespace nok::web
