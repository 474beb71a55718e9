#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_api_token_store.h"
#include "store/sql/sql_cycle_store.h"
#include "store/sql/sql_edition_store.h"
#include "store/sql/sql_invitation_store.h"
#include "store/sql/sql_moderation_store.h"
#include "store/sql/sql_monitoring_store.h"
#include "store/sql/sql_organisation_key_store.h"
#include "store/sql/sql_outbox_store.h"
#include "store/sql/sql_placement_store.h"
#include "store/sql/sql_plan_store.h"
#include "store/sql/sql_popularisation_store.h"
#include "store/sql/sql_staff_store.h"
#include "store/sql/sql_store.h"
#include "store/sql/sql_website_check_store.h"
#include "store/stores.h"

namespace nok::sql {

// Every SQL port of one database over one connection pool. Members are destroyed in
// reverse order, so the buffered scan counts are written before the pool closes.
class SqlStores {
 public:
  explicit SqlStores(std::unique_ptr<SqlStore> main)
      : main(std::move(main)),
        staff(this->main->pool(), this->main->cache_events()),
        placements(this->main->pool()),
        cycles(this->main->pool(), this->main->cache_events(), this->main->public_reads()),
        plans(this->main->pool()),
        moderation(this->main->pool()),
        outbox(this->main->pool()),
        monitoring(this->main->pool(), this->main->public_reads()),
        api_tokens(this->main->pool()),
        editions(this->main->pool()),
        websites(this->main->pool()),
        invitations(this->main->pool()),
        keys(this->main->pool()),
        popularisation(this->main->pool()) {}
  SqlStores(const SqlStores&) = delete;
  SqlStores& operator=(const SqlStores&) = delete;

  // The ports, for the web layer and the use cases.
  Stores ports() {
    return {*main,      staff,      placements, cycles,   plans,       moderation, outbox,
            monitoring, api_tokens, editions,   websites, invitations, keys,       popularisation};
  }
  // For fixtures that write what no port writes, and for migrations.
  Pool& pool() { return main->pool(); }

  std::unique_ptr<SqlStore> main;
  SqlStaffStore staff;
  SqlPlacementStore placements;
  SqlCycleStore cycles;
  SqlPlanStore plans;
  SqlModerationStore moderation;
  SqlOutboxStore outbox;
  SqlMonitoringStore monitoring;
  SqlApiTokenStore api_tokens;
  SqlEditionStore editions;
  SqlWebsiteCheckStore websites;
  SqlInvitationStore invitations;
  SqlOrganisationKeyStore keys;
  SqlPopularisationStore popularisation;
  // On PostgreSQL, the CacheListener that drops these stores' caches when another process
  // changes what they hold. Last, so it stops before the stores go.
  std::shared_ptr<void> listener;
};

// Opens every port of the database named by a URL (see open_sql_store, also for
// `read_url`); `connections` bounds the pool they share; on PostgreSQL one more connection
// listens for the other processes' changes (CacheListener), always on the primary: a standby
// delivers no notifications. Applies no migrations.
std::unique_ptr<SqlStores> open_stores(const std::string& url, std::size_t connections,
                                       const std::string& read_url = "");

}  // namespace nok::sql
