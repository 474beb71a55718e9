#pragma once
#include "store/invitation_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The InvitationStore in the SQL both engines accept, over the main store's pool
// (invitations.cpp).
class SqlInvitationStore final : public InvitationStore {
 public:
  explicit SqlInvitationStore(Pool& pool) : pool_(pool) {}

  InvitationsAdded add(const std::vector<NewInvitation>& invitations, const std::string& now,
                       const std::optional<AuditEntry>& audit) override;
  std::vector<ClaimedInvitation> claim_due(const std::string& now, const std::string& lease_until,
                                           const std::vector<int>& open_offsets, const std::string& channels,
                                           int limit) override;
  void mark_sent(const std::vector<ClaimedInvitation>& sent, const std::string& now,
                 const std::string& reminder_at) override;
  void mark_failed(const ClaimedInvitation& invitation, const std::string& now, const std::string& retry_at) override;
  void release(const std::vector<ClaimedInvitation>& untried) override;
  std::optional<InvitationRecord> find(std::int64_t id) override;
  bool mark_opened(std::int64_t id, const std::string& now) override;
  int opt_out(const std::string& contact_hash, const std::string& now) override;
  int expire_closed(const std::string& now) override;
  InvitationFunnel funnel(std::int64_t organisation_id, std::int64_t cycle_id) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
