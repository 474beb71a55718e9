#pragma once
// How reviews and appeals are selected and read back, shared by the organisation's and the
// citizen's views. Every select returns the entry head under these names: id, code and
// short_name (the organisation's), status, created_at.
#include <string_view>

#include "store/feedback.h"
#include "store/sql/connection.h"

namespace nok::sql {

EntryHead read_head(const Row& r);

// "SELECT … FROM reviews x JOIN organisations o …": append WHERE/ORDER BY.
extern const std::string_view kSelectReviews;
Review read_review(const Row& r);

extern const std::string_view kSelectAppeals;
Appeal read_appeal(const Row& r);

}  // namespace nok::sql
