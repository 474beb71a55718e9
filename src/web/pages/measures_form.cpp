// Form 4 (docs/domain.md#citizen-forms): the citizen's view of the measures against deficiencies —
// on an item of the published plan when there is one, else in general.
#include <kainjow/mustache.hpp>

#include "core/time.h"
#include "domain/feedback/records.h"
#include "web/pages/feedback_forms.h"

namespace nok::web {
namespace {

using kainjow::mustache::list;
using kainjow::mustache::object;

void fill(Data& data, const SiteContext& site, const Organisation& org, const http::Fields& posted,
          const Errors& errors) {
  const auto chosen = field(posted, "plan_item");
  list items;
  for (const auto& item : site.store.published_plan(org.code)) {
    Data entry = object{{"id", std::to_string(item.id)},
                        {"first", items.empty()},
                        {"checked", chosen == std::to_string(item.id)},
                        {"measure", item.measure},
                        {"deficiency", item.deficiency},
                        {"planned_date", day_text(item.planned_date)}};
    set_if_any(entry, "measures_taken", item.measures_taken);
    items.push_back(entry);
  }
  data.set("has_plan", !items.empty());
  data.set("items", items);
  data.set("general", chosen.empty());
  if (auto e = field_error(errors, "plan_item"); !e.empty()) data.set("plan_error", e);
  data.set("text", text_field("text", "Ваш отзыв о принятых мерах", "До 2000 знаков. Отзыв получит организация.",
                              feedback::kMeasureFeedbackMax, true, false, posted, errors));
}

}  // namespace

CitizenForm measures_form() {
  return {"measures", "Отзыв о принятых мерах", {"plan_item", "text"}, /*needs_cycle=*/false, fill,
          comment_on_measures, [](const SiteContext&, std::int64_t, const StoredFeedback&) {
            return std::pair{std::string("Спасибо! Ваш отзыв о принятых мерах передан организации"),
                             std::vector<std::string>{"Он поможет организации и общественному совету понять, что "
                                                      "изменилось на самом деле."}};
          }};
}

}  // namespace nok::web
