#pragma once
#include "store/outbox_store.h"
#include "store/sql/pool.h"

namespace nok::sql {

// The OutboxStore in the SQL both engines accept, over the main store's pool (outbox.cpp).
class SqlOutboxStore final : public OutboxStore {
 public:
  explicit SqlOutboxStore(Pool& pool) : pool_(pool) {}

  ClaimedMessage add(const NewOutboxMessage& message, const std::string& now, const std::string& lease_until) override;
  std::optional<ClaimedMessage> claim_due(const std::string& now, const std::string& lease_until,
                                          std::string_view channel_a, std::string_view channel_b) override;
  bool mark_sent(std::int64_t id, std::int64_t claim, const std::string& now) override;
  bool mark_failed(std::int64_t id, std::int64_t claim, const std::string& error, const std::string& now,
                   const std::string& retry_at) override;
  int expire(const std::string& now) override;
  int purge_dead(const std::string& before) override;
  bool requeue(std::int64_t id, const std::string& now, const AuditEntry& audit) override;
  std::vector<OutboxEntry> messages(std::string_view state, int limit) override;
  std::optional<OutboxEntry> find_message(std::int64_t id) override;
  OutboxBacklog backlog() override;

 private:
  Pool& pool_;
};

}  // namespace nok::sql
