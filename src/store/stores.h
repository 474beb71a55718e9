#pragma once
#include "store/api_token_store.h"
#include "store/cycle_store.h"
#include "store/edition_store.h"
#include "store/invitation_store.h"
#include "store/moderation_store.h"
#include "store/monitoring_store.h"
#include "store/organisation_key_store.h"
#include "store/outbox_store.h"
#include "store/placement_store.h"
#include "store/plan_store.h"
#include "store/popularisation_store.h"
#include "store/staff_store.h"
#include "store/store.h"
#include "store/website_check_store.h"

namespace nok {

// Every port over one database, as the composition root hands them to the web layer and
// to the command-line verbs. A new port is added here and in store/sql/open_stores.h, and
// nowhere else.
struct Stores {
  Store& main;  // registry, assessments, survey, sign-in, citizens' feedback, limits
  StaffStore& staff;
  PlacementStore& placements;
  CycleStore& cycles;
  PlanStore& plans;
  ModerationStore& moderation;
  OutboxStore& outbox;
  MonitoringStore& monitoring;
  ApiTokenStore& api_tokens;
  EditionStore& editions;
  WebsiteCheckStore& websites;
  InvitationStore& invitations;
  OrganisationKeyStore& keys;
  PopularisationStore& popularisation;
};

}  // namespace nok
