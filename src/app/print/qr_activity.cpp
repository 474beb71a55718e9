#include "app/print/qr_activity.h"

namespace nok {

Result<Ok> check_qr_active(AssessmentStore& store, const Organisation& organisation, int year) {
  if (store.assessment_of(organisation.code, year)) return Ok{};
  return Error{"qr_inactive", "QR-код организации «" +
                                  (organisation.short_name.empty() ? organisation.full_name : organisation.short_name) +
                                  "» пока не активен: она не включена в независимую оценку " + std::to_string(year) +
                                  " года. Перечень организаций для оценки утверждает уполномоченный орган" +
                                  (organisation.authority.empty() ? "" : " (" + organisation.authority + ")") + "."};
}

}  // namespace nok
