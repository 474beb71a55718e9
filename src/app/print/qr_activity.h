#pragma once
#include "core/result.h"
#include "core/time.h"
#include "domain/registry/organisation.h"
#include "store/assessment_store.h"

namespace nok {

// A QR code is available only for organisations assessed in the current year
// (docs/domain.md#qr-recommendations): a poster for any other would send people to a page
// where they cannot rate. Fails with "qr_inactive" and a message saying why and whom to ask.
Result<Ok> check_qr_active(AssessmentStore& store, const Organisation& organisation, int year = current_year());

}  // namespace nok
