#pragma once
#include "store/invitation_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The InvitationStore in the SQL both engines accept, over the main store's pool
// (invitations.cpp, invitation_tokens.cpp).
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

  std::int64_t add_token(std::int64_t organisation_id, const std::string& name, const std::string& token_hash,
                         std::int64_t created_by, const std::string& now, AuditEntry audit) override;
  std::vector<InvitationToken> tokens(std::int64_t organisation_id) override;
  bool revoke_token(std::int64_t organisation_id, std::int64_t id, const std::string& now,
                    const AuditEntry& audit) override;
  std::optional<InvitationToken> use_token(const std::string& token_hash, const std::string& now,
                                           const std::string& refresh_before) override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
