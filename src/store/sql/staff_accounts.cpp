// Staff accounts, sign-in counters and the one-time links that set passwords.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/audit_rows.h"
#include "store/sql/citizen_writes.h"
#include "store/sql/insert.h"
#include "store/sql/sql_staff_store.h"

namespace nok::sql {
namespace {

constexpr std::string_view kAccountSelect =
    "SELECT u.id, u.login, u.role, COALESCE(u.scope_organisation_id, 0) AS organisation_id, "
    "COALESCE(u.scope_operator_id, 0) AS operator_id, COALESCE(u.scope_authority_id, 0) AS authority_id, u.disabled, "
    "COALESCE(u.password_hash, '') AS password_hash, COALESCE(u.totp_secret_enc, '') AS totp_secret_enc, "
    "u.totp_last_step, COALESCE(u.email_enc, '') AS email_enc, u.failed_sign_ins, "
    "COALESCE(u.locked_until, '') AS locked_until, COALESCE(o.code, '') AS scope_code, "
    "COALESCE(o.short_name, op.name, a.name, '') AS scope_name FROM users u "
    "LEFT JOIN organisations o ON o.id = u.scope_organisation_id "
    "LEFT JOIN operators op ON op.id = u.scope_operator_id "
    "LEFT JOIN authorities a ON a.id = u.scope_authority_id ";

StaffAccount read_account(const Row& r) {
  StaffAccount a;
  a.user.id = r.i64("id");
  a.user.login = r.text("login");
  const auto role = staff::parse_role(r.text("role"));
  a.user.role = role.value_or(staff::Role::org_staff);
  a.user.organisation_id = r.i64("organisation_id");
  a.user.operator_id = r.i64("operator_id");
  a.user.authority_id = r.i64("authority_id");
  a.disabled = r.i64("disabled") != 0 || !role;  // a role this version does not know grants nothing
  a.password_hash = r.text("password_hash");
  a.totp_secret_enc = r.text("totp_secret_enc");
  a.totp_last_step = r.i64("totp_last_step");
  a.email_enc = r.text("email_enc");
  a.failed_sign_ins = static_cast<int>(r.i64("failed_sign_ins"));
  a.locked_until = r.text("locked_until");
  a.scope_code = r.text("scope_code");
  a.scope_name = r.text("scope_name");
  return a;
}

Param id_or_null(std::int64_t id) { return id ? Param(id) : Param(nullptr); }

}  // namespace

std::vector<StaffAccount> SqlStaffStore::select_accounts(std::string_view where, std::initializer_list<Param> params) {
  std::vector<StaffAccount> out;
  auto c = pool_.acquire();
  c->run(std::string(kAccountSelect) + std::string(where), std::span<const Param>(params.begin(), params.size()),
         [&](const Row& r) { out.push_back(read_account(r)); });
  return out;
}

std::optional<std::int64_t> SqlStaffStore::create_account(const NewStaffAccount& n, AuditEntry audit) {
  std::optional<std::int64_t> id;
  const std::string now = iso_utc_now(), role(staff::code(n.role));
  auto c = pool_.acquire();
  Transaction tx(*c);
  Insert("users")
      .set("id", new_id())
      .set("login", n.login)
      .set("email_hash", text_or_null(n.email_hash))
      .set("email_enc", text_or_null(n.email_enc))
      .set("role", role)
      .set("scope_organisation_id", id_or_null(n.organisation_id))
      .set("scope_operator_id", id_or_null(n.operator_id))
      .set("scope_authority_id", id_or_null(n.authority_id))
      .set("created_at", now)
      .then("ON CONFLICT (login) DO NOTHING RETURNING id")
      .run(*c, [&](const Row& r) { id = r.i64("id"); });
  if (!id) return std::nullopt;
  audit.object_id = std::to_string(*id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

std::optional<StaffAccount> SqlStaffStore::find_account(std::int64_t user_id) {
  auto found = select_accounts("WHERE u.id = $1", {user_id});
  return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<StaffAccount> SqlStaffStore::find_account_by_login(std::string_view login) {
  auto found = select_accounts("WHERE u.login = $1", {login});
  return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<StaffAccount> SqlStaffStore::find_account_by_email(std::string_view email_hash) {
  auto found = select_accounts("WHERE u.email_hash = $1", {email_hash});
  return found.empty() ? std::nullopt : std::optional(found.front());
}

std::vector<StaffAccount> SqlStaffStore::accounts() { return select_accounts("ORDER BY u.login", {}); }

SignInAttempt SqlStaffStore::count_sign_in_attempt(std::int64_t user_id, int lock_after, const std::string& now,
                                                   const std::string& lock_until) {
  SignInAttempt attempt;
  bool counted = false;
  auto c = pool_.acquire();
  // One statement decides: the row's lock orders concurrent attempts, and each sees the
  // count the one before it left (PostgreSQL re-reads the row it waited for).
  c->run("UPDATE users SET failed_sign_ins = CASE WHEN failed_sign_ins >= $3 THEN 0 ELSE failed_sign_ins + 1 END, "
         "locked_until = CASE WHEN failed_sign_ins >= $3 THEN $4 ELSE locked_until END "
         "WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) RETURNING failed_sign_ins",
         {user_id, std::string_view(now), std::int64_t{lock_after}, std::string_view(lock_until)}, [&](const Row& r) {
           counted = true;
           attempt.number = static_cast<int>(r.i64("failed_sign_ins"));
         });
  if (attempt.number > 0) return attempt;
  if (counted) {  // one attempt too many: it locked the account
    attempt.locked_until = lock_until;
    return attempt;
  }
  c->run("SELECT COALESCE(locked_until, '') AS locked_until FROM users WHERE id = $1", {user_id},
         [&](const Row& r) { attempt.locked_until = r.text("locked_until"); });
  return attempt;
}

std::string SqlStaffStore::fail_sign_in_attempt(std::int64_t user_id, int number, int lock_after,
                                                const std::string& now, const std::string& lock_until) {
  auto c = pool_.acquire();
  if (number >= lock_after)
    c->run("UPDATE users SET failed_sign_ins = 0, locked_until = $3 "
           "WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)",
           {user_id, std::string_view(now), std::string_view(lock_until)});
  std::string locked_until;
  c->run("SELECT locked_until FROM users WHERE id = $1 AND locked_until > $2", {user_id, std::string_view(now)},
         [&](const Row& r) { locked_until = r.text("locked_until"); });
  return locked_until;
}

bool SqlStaffStore::clear_sign_in_attempts(std::int64_t user_id, const std::string& now) {
  auto c = pool_.acquire();
  return c->run("UPDATE users SET failed_sign_ins = 0, locked_until = NULL "
                "WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)",
                {user_id, std::string_view(now)}) == 1;
}

bool SqlStaffStore::take_back_sign_in_attempt(std::int64_t user_id, const std::string& now) {
  auto c = pool_.acquire();
  return c->run("UPDATE users SET failed_sign_ins = CASE WHEN failed_sign_ins > 0 THEN failed_sign_ins - 1 ELSE 0 END "
                "WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)",
                {user_id, std::string_view(now)}) == 1;
}

bool SqlStaffStore::use_totp_step(std::int64_t user_id, std::int64_t step) {
  auto c = pool_.acquire();
  return c->run("UPDATE users SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2", {user_id, step}) == 1;
}

void SqlStaffStore::rehash_password(std::int64_t user_id, const std::string& password_hash) {
  auto c = pool_.acquire();
  c->run("UPDATE users SET password_hash = $2 WHERE id = $1", {user_id, std::string_view(password_hash)});
}

void SqlStaffStore::set_totp_secret(std::int64_t user_id, const std::string& secret_enc, AuditEntry audit) {
  auto c = pool_.acquire();
  Transaction tx(*c);
  c->run("UPDATE users SET totp_secret_enc = $2, totp_last_step = 0 WHERE id = $1",
         {user_id, text_or_null(secret_enc)});
  append_audit(*c, audit);
  tx.commit();
}

void SqlStaffStore::add_token(const StaffToken& t) {
  const std::string now = iso_utc_now();
  auto c = pool_.acquire();
  c->run("INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)",
         {std::string_view(t.token_hash), t.user_id, std::string_view(t.purpose), std::string_view(t.expires_at),
          std::string_view(now)});
}

std::optional<std::int64_t> SqlStaffStore::token_user(const std::string& token_hash, const std::string& now) {
  std::optional<std::int64_t> user;
  auto c = pool_.acquire();
  c->run("SELECT user_id FROM user_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
         {std::string_view(token_hash), std::string_view(now)}, [&](const Row& r) { user = r.i64("user_id"); });
  return user;
}

std::optional<std::int64_t> SqlStaffStore::set_password_by_token(const std::string& token_hash, const std::string& now,
                                                                const std::string& password_hash, AuditEntry audit) {
  std::optional<std::int64_t> user;
  auto c = pool_.acquire();
  Transaction tx(*c);
  c->run("UPDATE user_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 "
         "RETURNING user_id",
         {std::string_view(token_hash), std::string_view(now)}, [&](const Row& r) { user = r.i64("user_id"); });
  if (!user) return std::nullopt;
  // One link sets one password: the user's other links die with it, and so do sessions
  // that may have been opened with the old password.
  c->run("UPDATE user_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL", {*user, std::string_view(now)});
  c->run("UPDATE users SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL WHERE id = $1",
         {*user, std::string_view(password_hash)});
  c->run("DELETE FROM sessions WHERE user_id = $1", {*user});
  audit.user_id = audit.user_id ? audit.user_id : *user;
  audit.object_id = std::to_string(*user);
  append_audit(*c, audit);
  tx.commit();
  return user;
}

std::optional<NamedScope> SqlStaffStore::find_named(std::string_view select, std::string_view name) {
  std::optional<NamedScope> out;
  auto c = pool_.acquire();
  c->run(select, {name}, [&](const Row& r) { out = NamedScope{r.i64("id"), std::string(r.text("name"))}; });
  return out;
}

std::optional<NamedScope> SqlStaffStore::find_authority(std::string_view name) {
  return find_named("SELECT id, name FROM authorities WHERE name = $1", name);
}

std::optional<NamedScope> SqlStaffStore::find_operator(std::string_view name) {
  return find_named("SELECT id, name FROM operators WHERE name = $1", name);
}

std::optional<std::int64_t> SqlStaffStore::create_operator(const std::string& name, const std::string& inn,
                                                           AuditEntry audit) {
  const std::string now = iso_utc_now();
  const std::int64_t id = new_id();
  auto c = pool_.acquire();
  Transaction tx(*c);
  bool taken = false;
  c->run("SELECT 1 FROM operators WHERE name = $1", {std::string_view(name)}, [&](const Row&) { taken = true; });
  if (taken) return std::nullopt;
  c->run("INSERT INTO operators (id, name, inn, created_at) VALUES ($1, $2, $3, $4)",
         {id, std::string_view(name), std::string_view(inn), std::string_view(now)});
  audit.object_id = std::to_string(id);
  append_audit(*c, audit);
  tx.commit();
  return id;
}

}  // namespace nok::sql
