// A review (отзыв): published on the organisation page at once, unless the automatic
// screening holds it for a moderator (its author sees why on their page).
#include <kainjow/mustache.hpp>

#include "domain/feedback/records.h"
#include "web/pages/feedback_forms.h"

namespace nok::web {
namespace {

void fill(Data& data, const SiteContext&, const Organisation&, const http::Fields& posted, const Errors& errors) {
  for (auto tone : feedback::all_tones())
    data.set(std::string(feedback::code(tone)), field(posted, "tone") == feedback::code(tone));
  if (auto e = field_error(errors, "tone"); !e.empty()) data.set("tone_error", e);
  data.set("text", text_field("text", "Ваш отзыв",
                              "До 2000 знаков. Отзыв будет опубликован на странице организации, она сможет ответить. "
                              "Не пишите телефоны, адреса почты и номера документов: такой отзыв сначала проверит "
                              "модератор.",
                              feedback::kReviewMax, true, false, posted, errors));
}

}  // namespace

CitizenForm review_form(const ReviewPolicy& policy) {
  return {"review", "Отзыв", {"tone", "text"}, /*needs_cycle=*/false, fill,
          [&policy](Store& store, const FeedbackRequest& request, FeedbackReply reply) {
            post_review(store, request, std::move(reply), policy);
          },
          [](const SiteContext&, std::int64_t, const StoredFeedback& stored) {
            if (stored.status == "published")
              return std::pair{std::string("Спасибо! Отзыв опубликован"),
                               std::vector<std::string>{"Он появился на странице организации."}};
            return std::pair{std::string("Спасибо! Отзыв отправлен на проверку"),
                             std::vector<std::string>{"Отзыв будет опубликован после проверки модератором. Почему он "
                                                      "проверяется, написано на странице «Мои оценки, отзывы и "
                                                      "обращения»."}};
          }};
}

}  // namespace nok::web
