#pragma once
#include "store/sql/connection.h"
#include "store/staff_store.h"

namespace nok::sql {

// Appends one audit line inside the caller's transaction, so the change and its record
// commit or roll back together. The table refuses UPDATE and DELETE (migration 004).
void append_audit(Connection& c, const AuditEntry& entry);

}  // namespace nok::sql
