#include "app/staff/accounts.h"

#include "app/auth/contact.h"
#include "app/staff/audit.h"
#include "app/staff/passwords.h"
#include "core/id.h"
#include "core/text.h"
#include "core/time.h"

namespace nok {
namespace {

using Clock = std::chrono::system_clock;
using staff::ScopeKind;

// Logins are typed on phones and read aloud: lower-case Latin letters, digits and . _ - @.
std::optional<std::string> normalise_login(std::string_view text) {
  std::string login(text::trim(text));
  if (login.size() < 3 || login.size() > 64) return std::nullopt;
  for (auto& c : login) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-' && c != '@')
      return std::nullopt;
  }
  return login;
}

std::string email_hash(const SecretKey& key, const std::string& address) { return key.hash("staff-email:" + address); }

// Fills the scope of the role from what the request names; the other scopes must be empty.
Result<Ok> resolve_scope(StaffStore& staff, const AccountRequest& r, staff::Role role, NewStaffAccount& out) {
  const auto kind = staff::scope_kind(role);
  const bool org = !r.organisation.empty(), authority = !r.authority.empty(), op = !r.survey_operator.empty();
  const std::string role_title(staff::title(role));
  if ((org && kind != ScopeKind::organisation) || (authority && kind != ScopeKind::authority) ||
      (op && kind != ScopeKind::survey_operator))
    return Error{"bad_scope", "Для роли «" + role_title + "» эта привязка не нужна: уберите лишнее."};
  switch (kind) {
    case ScopeKind::none:
      return Ok{};
    case ScopeKind::organisation:
      if (auto scope = staff.organisation_scope(r.organisation)) {
        out.organisation_id = scope->organisation_id;
        return Ok{};
      }
      return Error{"bad_scope", "Для роли «" + role_title + "» укажите код существующей организации."};
    case ScopeKind::authority:
      if (auto scope = staff.find_authority(r.authority)) {
        out.authority_id = scope->id;
        return Ok{};
      }
      return Error{"bad_scope", "Для роли «" + role_title + "» укажите уполномоченный орган точно так, как в реестре."};
    case ScopeKind::survey_operator:
      if (auto scope = staff.find_operator(r.survey_operator)) {
        out.operator_id = scope->id;
        return Ok{};
      }
      return Error{"bad_scope", "Для роли «" + role_title + "» укажите оператора точно так, как он записан."};
  }
  return Ok{};
}

}  // namespace

Result<PasswordLink> StaffAccounts::create(const AccountRequest& r, std::int64_t actor_id) {
  auto login = normalise_login(r.login);
  if (!login)
    return Error{"bad_login", "Логин: от 3 до 64 символов — латинские буквы, цифры и знаки . _ - @."};
  auto role = staff::parse_role(r.role);
  if (!role)
    return Error{"bad_role", "Неизвестная роль. Допустимы: org_staff, operator, council, official, monitor, admin."};
  NewStaffAccount account{*login, *role};
  if (auto scoped = resolve_scope(staff_, r, *role, account); !scoped) return scoped.error();
  if (!text::trim(r.email).empty()) {
    auto address = normalise_email(r.email);
    if (!address) return Error{"bad_email", "Проверьте адрес электронной почты: он должен выглядеть как name@example.ru"};
    account.email_hash = email_hash(key_, *address);
    if (staff_.find_account_by_email(account.email_hash))
      return Error{"email_taken", "Этот адрес уже указан у другой учётной записи."};
    account.email_enc = key_.seal(*address);
  }
  const boost::json::object after{{"login", *login},
                                  {"role", staff::code(*role)},
                                  {"organisation_id", account.organisation_id},
                                  {"operator_id", account.operator_id},
                                  {"authority_id", account.authority_id},
                                  {"email", !account.email_hash.empty()}};
  auto id = staff_.create_account(account, audit_entry(actor_id, "user.create", "user", "", {}, after));
  if (!id) return Error{"login_taken", "Логин «" + *login + "» уже занят."};
  return PasswordLink{*id, public_url_ + "/staff/password?token=" + issue_token(*id, "invite")};
}

std::string StaffAccounts::issue_token(std::int64_t user_id, std::string_view purpose) {
  std::string token = random_token(32);
  staff_.add_token({token_hash(token), user_id, std::string(purpose), iso_utc(Clock::now() + policy_.link_lifetime)});
  return token;
}

Result<Ok> StaffAccounts::send_invitation(const PasswordLink& link) {
  auto account = staff_.find_account(link.user_id);
  auto address = account ? key_.open(account->email_enc) : std::nullopt;
  if (!address) return Error{"no_email", "У учётной записи нет адреса электронной почты: передайте ссылку сами."};
  if (!mailer_) return Error{"mail_unavailable", "Отправка почты на этом сайте не настроена: передайте ссылку сами."};
  return mailer_->send({*address, "Приглашение: кабинет независимой оценки качества",
                        "Для вас создана учётная запись «" + account->user.login +
                            "» на сайте независимой оценки качества условий оказания услуг.\n\n"
                            "Задайте пароль по ссылке (она действует сутки и только один раз):\n" +
                            link.url + "\n"});
}

void StaffAccounts::request_reset(LimitStore& limits, std::string_view login_or_email) {
  const std::string typed(text::trim(login_or_email));
  std::optional<StaffAccount> account;
  if (typed.find('@') != std::string::npos) {
    if (auto address = normalise_email(typed))
      account = staff_.find_account_by_email(email_hash(key_, *address));
  }
  if (!account)
    if (auto login = normalise_login(typed)) account = staff_.find_account_by_login(*login);
  if (!account || account->disabled || !mailer_) return;
  const auto address = key_.open(account->email_enc);
  if (!address) return;
  // Taken before the link is made, in one step for every process: a burst of requests
  // sends no more letters than the limit.
  const auto letter =
      limits.take_limit("staff_reset:" + std::to_string(account->user.id), policy_.links_per_hour, std::chrono::hours(1));
  if (!letter) return;
  const std::string url = public_url_ + "/staff/password?token=" + issue_token(account->user.id, "reset");
  // A failed delivery looks the same to the requester, and does not use up a letter: they may ask again.
  if (!mailer_->send({*address, "Восстановление пароля: кабинет независимой оценки качества",
                      "Кто-то (возможно, вы) попросил сменить пароль учётной записи «" + account->user.login +
                          "».\n\nЗадайте новый пароль по ссылке (она действует сутки и только один раз):\n" + url +
                          "\n\nЕсли вы не просили, просто удалите это письмо: пароль останется прежним.\n"}))
    limits.give_back(*letter);
}

std::optional<std::string> StaffAccounts::link_login(std::string_view token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto user_id = staff_.token_user(token_hash(token), iso_utc_now());
  const auto account = user_id ? staff_.find_account(*user_id) : std::nullopt;
  if (!account) return std::nullopt;
  return account->user.login;
}

Result<Ok> StaffAccounts::set_password(std::string_view token, std::string_view password,
                                       std::string_view confirmation) {
  const Error invalid{"link_invalid",
                      "Ссылка недействительна: она уже использована или прошло больше суток. Запросите новую."};
  const auto login = link_login(token);
  if (!login) return invalid;
  if (auto ok = check_new_password(password, confirmation, *login); !ok) return ok.error();
  // The store fills in the user (the actor too: whoever holds the link is that user).
  const auto audit = audit_entry(0, "user.password_set", "user", "", {}, {{"password", "set"}});
  if (!staff_.set_password_by_token(token_hash(token), iso_utc_now(), hash_password(password, policy_), audit))
    return invalid;
  return Ok{};
}

Result<Ok> StaffAccounts::set_password_directly(std::int64_t user_id, std::string_view password) {
  return set_password(issue_token(user_id, "direct"), password, password);
}

}  // namespace nok
