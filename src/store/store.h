#pragma once
#include <functional>

#include "store/assessment_store.h"
#include "store/feedback_store.h"
#include "store/limit_store.h"
#include "store/registry_store.h"
#include "store/sign_in_store.h"
#include "store/survey_store.h"

namespace nok {

// The citizen-facing ports over one database, implemented together in SQL (store/sql)
// because they share its caches: a submission reads the registry and the year's
// assessment, and drops the organisation page's cached view. Every method is safe to
// call from any server thread. Use cases take the narrowest of these ports they need;
// the web layer holds the whole.
class Store : public RegistryStore,
              public AssessmentStore,
              public SurveyStore,
              public SignInStore,
              public FeedbackStore,
              public LimitStore {
 public:
  // Answers when the database does; throws sql::DatabaseError when it cannot (the health
  // check of a load balancer).
  virtual void ping() = 0;

  // Calls `changed` after each change, made through this process or another over the same
  // database, to what every organisation's public page shows: the registry, the cycles, the
  // published results. It runs on the writing thread or a listener's, so it must be cheap
  // and thread-safe; it is kept for the store's lifetime.
  virtual void on_public_change(std::function<void()> changed) = 0;
};

}  // namespace nok
