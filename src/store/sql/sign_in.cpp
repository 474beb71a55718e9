// Citizens, one-time sign-in codes and sessions.
#include "core/id.h"
#include "core/time.h"
#include "store/sql/sql_store.h"

namespace nok::sql {

void SqlStore::add_login_code(const std::string& login_hash, const std::string& code_hash,
                              const std::string& expires_at) {
  auto c = pool_->acquire();
  c->run("INSERT INTO login_codes (id, login_hash, code_hash, expires_at) VALUES ($1, $2, $3, $4)",
         {new_id(), std::string_view(login_hash), std::string_view(code_hash), std::string_view(expires_at)});
}

std::optional<LoginCode> SqlStore::latest_login_code(const std::string& login_hash, const std::string& now) {
  std::optional<LoginCode> out;
  auto c = pool_->acquire();
  c->run("SELECT id, code_hash FROM login_codes "
         "WHERE login_hash = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY id DESC LIMIT 1",
         {std::string_view(login_hash), std::string_view(now)},
         [&](const Row& r) { out = LoginCode{r.i64("id"), std::string(r.text("code_hash"))}; });
  return out;
}

std::optional<int> SqlStore::count_code_attempt(std::int64_t code_id, int limit, const std::string& now) {
  // The condition and the increment are one statement: PostgreSQL re-checks the condition
  // on the row it waited for, SQLite runs one write at a time.
  std::optional<int> attempts;
  auto c = pool_->acquire();
  c->run("UPDATE login_codes SET attempts = attempts + 1 "
         "WHERE id = $1 AND used_at IS NULL AND expires_at > $3 AND attempts < $2 RETURNING attempts",
         {code_id, std::int64_t{limit}, std::string_view(now)},
         [&](const Row& r) { attempts = static_cast<int>(r.i64("attempts")); });
  return attempts;
}

bool SqlStore::consume_login_code(std::int64_t code_id, const std::string& now) {
  auto c = pool_->acquire();
  return c->run("UPDATE login_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                {code_id, std::string_view(now)}) == 1;
}

std::int64_t SqlStore::upsert_citizen(const std::string& login_hash, const std::string& contact_enc) {
  std::int64_t id = 0;
  const std::string now = iso_utc_now();
  auto c = pool_->acquire();
  c->run("INSERT INTO citizens (id, login_hash, contact_enc, created_at) VALUES ($1, $2, $3, $4) "
         "ON CONFLICT (login_hash) DO UPDATE SET contact_enc = excluded.contact_enc RETURNING id",
         {new_id(), std::string_view(login_hash), std::string_view(contact_enc), std::string_view(now)},
         [&](const Row& r) { id = r.i64("id"); });
  return id;
}

void SqlStore::create_session(const Session& s) {
  auto c = pool_->acquire();
  c->run("INSERT INTO sessions (token_hash, citizen_id, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4, $5)",
         {std::string_view(s.token_hash), s.citizen_id ? Param(s.citizen_id) : Param(nullptr),
          s.user_id ? Param(s.user_id) : Param(nullptr), std::string_view(s.csrf), std::string_view(s.expires_at)});
}

std::optional<Session> SqlStore::find_session(const std::string& token_hash, const std::string& now) {
  std::optional<Session> out;
  auto c = pool_->acquire();
  c->run("SELECT token_hash, COALESCE(citizen_id, 0) AS citizen_id, COALESCE(user_id, 0) AS user_id, csrf, "
         "expires_at FROM sessions "
         "WHERE token_hash = $1 AND expires_at > $2",
         {std::string_view(token_hash), std::string_view(now)}, [&](const Row& r) {
           out = Session{std::string(r.text("token_hash")), r.i64("citizen_id"), r.i64("user_id"),
                         std::string(r.text("csrf")), std::string(r.text("expires_at"))};
         });
  return out;
}

void SqlStore::delete_session(const std::string& token_hash) {
  auto c = pool_->acquire();
  c->run("DELETE FROM sessions WHERE token_hash = $1", {std::string_view(token_hash)});
}

}  // namespace nok::sql
