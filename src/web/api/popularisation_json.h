#pragma once
// The monitoring JSON's `popularisation` object (docs/api/openapi.yaml): the year's plans of
// popularisation measures in the filter's scope, by status and type, with the figures that
// show each measured type's effect.
#include <boost/json/object.hpp>

#include "app/popularisation/effect.h"

namespace nok::web {

boost::json::object popularisation_json(const popularisation::PlanSummary& summary);

}  // namespace nok::web
