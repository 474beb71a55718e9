#pragma once
// How the API shows citizens' feedback. Ids are strings (64-bit); times ISO 8601 UTC.
#include <boost/json.hpp>

#include "store/feedback.h"

namespace nok::web {

boost::json::object outcome_json(const StoredFeedback& stored);
boost::json::object review_json(const Review& review);
boost::json::object appeal_json(const Appeal& appeal);
boost::json::object plan_item_json(const PlanItem& item);
// {"comfort": {"count", "average", "distribution": [n1…n5]}, …}
boost::json::object ratings_json(const ratings::RatingCounters& counters);
boost::json::object activity_json(const CitizenActivity& activity);

}  // namespace nok::web
