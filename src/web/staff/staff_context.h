#pragma once
#include "app/invitation/invitations.h"
#include "app/keys/organisation_keys.h"
#include "app/staff/password_hashing.h"
#include "app/staff/policy.h"
#include "app/website/site_check.h"
#include "store/stores.h"

namespace nok::web {

// What the staff workspaces add to the site: their stores (sharing the main store's
// connections), the sign-in limits and the threads that check passwords. Owned by `nok serve`.
struct StaffContext {
  StaffStore& accounts;
  PlacementStore& placements;
  CycleStore& cycles;
  PlanStore& plans;
  ModerationStore& moderation;
  StaffPolicy policy;
  OutboxStore* outbox = nullptr;  // /admin/outbox; nullptr: no such page
  MonitoringStore* monitoring = nullptr;  // /monitoring, its exports and JSON; nullptr: none
  ApiTokenStore* api_tokens = nullptr;  // /admin/api-tokens and bearer reads of the monitoring; nullptr: none
  WebsiteCheckStore* websites = nullptr;  // the cabinet's last website check, the coverage pages; nullptr: none
  // Invitations after a service: the cabinet's lists and keys, the API, the citizens' links; nullptr: none.
  InvitationStore* invitations = nullptr;
  // Authorities' plans of popularisation measures, their pages and report part; nullptr: none.
  PopularisationStore* popularisation = nullptr;
  InvitationPolicy invitation_policy;  // the delay and quiet hours of lists and posts (nok serve: from the environment)
  // The keys of organisations' own systems and of the terminals in their halls; nullptr: none.
  OrganisationKeyStore* keys = nullptr;
  // How «Проверить сейчас» visits a site; nullptr: the cabinet offers no such button.
  const CheckSettings* website_checks = nullptr;
  // Where sign-in checks passwords, made from `policy` by the owner once the settings are
  // read; required for the sign-in page.
  PasswordHashing* hashing = nullptr;
};

// The staff workspaces over the ports of one database.
inline StaffContext staff_context(const Stores& stores, StaffPolicy policy) {
  return {stores.staff, stores.placements, stores.cycles, stores.plans, stores.moderation, policy, &stores.outbox,
          &stores.monitoring, &stores.api_tokens, &stores.websites, &stores.invitations, &stores.popularisation, {},
          &stores.keys};
}

}  // namespace nok::web
