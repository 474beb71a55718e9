#pragma once
#include <functional>
#include <string_view>

#include "app/scoring/catalog.h"
#include "core/error.h"
#include "domain/ratings/rating.h"

namespace nok::scoring {

// Reads a ratings CSV (`org,comfort,politeness,information,booking,accessibility`, each
// aspect 1–5 or empty), calling `on_rating` for each valid row; organisations the
// registry does not hold are rating_unknown_org. Returns every error.
Errors read_ratings(std::string_view csv_text, const Catalog& catalog,
                    const std::function<void(ratings::Rating&&)>& on_rating);

}  // namespace nok::scoring
