// Form 1 (docs/domain.md#citizen-forms): agree or disagree with the rating, with an optional comment.
#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "domain/feedback/records.h"
#include "domain/methodology/score.h"
#include "web/pages/feedback_forms.h"
#include "web/pages/wording.h"

namespace nok::web {
namespace {

void fill(Data& data, const SiteContext& site, const Organisation& org, const http::Fields& posted,
          const Errors& errors) {
  if (auto card = site.store.assessment_card(org.code, current_year())) {
    const auto score =
        methodology::score(site.editions->of_cycle(card->assessment.methodology), org.sphere, card->tally, card->expert);
    data.set("total", score_text(score.total));
    data.set("year", std::to_string(current_year()));
  }
  data.set("agree", field(posted, "agrees") == "1");
  data.set("disagree", field(posted, "agrees") == "0");
  if (auto e = field_error(errors, "agrees"); !e.empty()) data.set("agrees_error", e);
  data.set("comment", text_field("comment", "Комментарий", "До 1000 знаков. Комментарий увидит организация.",
                                 feedback::kCommentMax, true, true, posted, errors));
}

}  // namespace

CitizenForm opinion_form() {
  return {"opinion", "Согласны ли вы с оценкой", {"agrees", "comment"}, /*needs_cycle=*/true, fill, give_opinion,
          [](const SiteContext&, std::int64_t, const StoredFeedback& stored) {
            std::vector<std::string> lines;
            if (stored.replaced_previous)
              lines.push_back("Вы уже высказывались об оценке этой организации: учтено новое мнение, прежнее сохранено в истории.");
            lines.push_back("Число согласных и несогласных с оценкой показано на странице организации.");
            return std::pair{std::string("Спасибо! Ваше мнение учтено"), lines};
          }};
}

}  // namespace nok::web
