#pragma once
#include <memory>
#include <string>

#include "app/auth/oidc_config.h"
#include "app/feedback/review_policy.h"
#include "app/methodology/edition_catalog.h"
#include "core/crypto.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"
#include "store/store.h"
#include "web/pages/organisation_pages.h"
#include "web/staff/staff_context.h"

namespace nok::web {

// What the site's handlers share: the store, the mailer and the SMS sender (nullptr when
// not configured), the server's secret key and the public settings. Owned by `nok serve`.
struct SiteContext {
  Store& store;
  Mailer* mailer;
  const SecretKey& key;
  std::string public_url = "http://127.0.0.1:8080";  // as print::parse_public_url leaves it
  bool secure_cookies = false;  // true behind HTTPS: cookies get the Secure attribute
  const StaffContext* staff = nullptr;  // the staff workspaces; without it the site has none
  SmsSender* sms = nullptr;             // codes by SMS; nullptr when no gateway is configured
  const OidcConfig* oidc = nullptr;     // an identity provider; nullptr or unconfigured: none
  ReviewPolicy review_policy = default_review_policy();  // what holds a review for a moderator
  // This site's kept organisation pages; a write that changes an organisation's scores forgets its page.
  std::shared_ptr<OrganisationPages> organisation_pages = std::make_shared<OrganisationPages>();
  // The methodology editions cycles may use; the owner hands in one over the database's
  // added editions, the default knows the shipped ones only.
  std::shared_ptr<EditionCatalog> editions = std::make_shared<EditionCatalog>(nullptr);
};

}  // namespace nok::web
