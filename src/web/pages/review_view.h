#pragma once
// A published review with the organisation's answer, as the organisation page, the list of
// reviews and the citizen's own page show it (the `review_item` partial).
#include <cstddef>

#include "store/feedback.h"
#include "web/view.h"

namespace nok::web {

// `excerpt` > 0 cuts the review and the answer to about that many characters at a word
// boundary (the organisation page stays light) and sets `more`.
Data review_data(const Review& review, std::size_t excerpt = 0);

}  // namespace nok::web
