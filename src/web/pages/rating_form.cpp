// Form 2 (docs/domain.md#citizen-forms): the five aspects on the 5-level scale, as radio buttons.
#include <kainjow/mustache.hpp>

#include "domain/ratings/rating.h"
#include "web/pages/feedback_forms.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

void fill(Data& data, const SiteContext&, const Organisation&, const http::Fields& posted, const Errors& errors) {
  list aspects;
  for (auto aspect : ratings::all_aspects()) {
    const std::string key(ratings::code(aspect));
    const auto chosen = field(posted, key);
    list levels;
    for (int points = 1; points <= ratings::kScaleMax; ++points)
      levels.push_back(object{{"points", std::to_string(points)},
                              {"label", std::string(ratings::scale_label(points))},
                              {"first", points == 1},
                              {"checked", chosen == std::to_string(points)}});
    object item{{"key", key}, {"title", std::string(ratings::title(aspect))}, {"levels", levels}};
    if (auto e = field_error(errors, key); !e.empty()) item["error"] = e;
    aspects.push_back(item);
  }
  data.set("aspects", aspects);
}

}  // namespace

CitizenForm rating_form() {
  std::vector<std::string_view> fields;
  for (auto aspect : ratings::all_aspects()) fields.push_back(ratings::code(aspect));
  return {"rate", "Оценка в баллах", std::move(fields), /*needs_cycle=*/true, fill, rate_organisation,
          [](const SiteContext&, std::int64_t, const StoredFeedback& stored) {
            std::vector<std::string> lines;
            if (stored.replaced_previous)
              lines.push_back("Вы уже оценивали эту организацию в этом году: учтена новая оценка, прежняя сохранена в истории.");
            lines.push_back("Средние оценки посетителей показаны на странице организации.");
            return std::pair{std::string("Спасибо! Ваша оценка учтена"), lines};
          }};
}

}  // namespace nok::web
