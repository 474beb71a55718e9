// Administrators see undelivered and waiting mail and SMS — recipients masked, texts never
// shown — and send a dead message again (CSRF-protected, audited); nobody else sees the page.
#include "app/outbox/outbox.h"
#include "http/staff_site.h"
#include "store/sql/sql_outbox_store.h"

namespace nok {
namespace {

using test::StaffSite;

// A mail server and an SMS gateway that refuse everything.
class Refusing final : public Mailer, public SmsSender {
 public:
  Result<Ok> send(const MailMessage&) override { return Error{"mail_unavailable", "Сервер ответил 550."}; }
  Result<Ok> send(const SmsMessage&) override { return Error{"sms_unavailable", "Шлюз ответил кодом 503."}; }
};

class AdminOutbox : public StaffSite {
 protected:
  void SetUp() override {
    StaffSite::SetUp();
    outbox_store = std::make_unique<sql::SqlOutboxStore>(stores->pool());
    staff_context->outbox = outbox_store.get();
    admin = signed_in(account("root", "admin"));
  }

  // An outbox over refusing transports; with one attempt allowed a message is dead at once.
  std::unique_ptr<Outbox> refusing_outbox(int attempts) {
    OutboxPolicy policy;
    policy.retry.max_attempts = attempts;
    return std::make_unique<Outbox>(*outbox_store, key, &refusing, &refusing, policy);
  }
  std::string resend_url(std::int64_t id) { return "/admin/outbox/" + std::to_string(id) + "/resend"; }
  std::int64_t dead_letter() {
    EXPECT_TRUE(refusing_outbox(1)->mailer()->send({"ivanova@example.ru", "Приглашение", "Ссылка: https://x/secret", {}}));
    return outbox_store->messages("dead", 1).at(0).id;
  }

  Refusing refusing;
  std::unique_ptr<sql::SqlOutboxStore> outbox_store;
  Browser admin;
};

TEST_F(AdminOutbox, TheAdministratorSeesWhatFailedAndWhatWaitsWithoutAddressesOrTexts) {
  const std::string code_expiry = iso_utc(std::chrono::system_clock::now() + std::chrono::minutes(10));
  ASSERT_TRUE(refusing_outbox(1)->sms()->send({"+79001234567", "Код для входа: 493817", {"sign_in_code", code_expiry, ""}}));
  ASSERT_TRUE(refusing_outbox(5)->mailer()->send({"ivanova@example.ru", "Приглашение", "Ссылка: https://x/secret", {}}));

  auto page = get("/admin/outbox", admin.cookie);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page, "Не доставлены: 1"));
  EXPECT_TRUE(contains(page, "Ждут отправки: 1"));
  EXPECT_TRUE(contains(page, "Код для входа"));
  EXPECT_TRUE(contains(page, "+7900•••••67"));
  EXPECT_TRUE(contains(page, "Шлюз ответил кодом 503."));
  EXPECT_TRUE(contains(page, "i•••@example.ru"));
  EXPECT_TRUE(contains(page, "Сервер ответил 550."));
  EXPECT_TRUE(contains(page, "Отправить снова"));
  for (const char* secret : {"493817", "79001234567", "ivanova", "https://x/secret", "Приглашение"})
    EXPECT_FALSE(contains(page, secret)) << secret;
  EXPECT_TRUE(contains(get("/admin/users", admin.cookie), "href=\"/admin/outbox\""));

  EXPECT_EQ(get("/admin/outbox", signed_in(account("petrov", "monitor")).cookie).status, 404);
  EXPECT_EQ(get("/admin/outbox").status, 303) << "to the sign-in page";
}

TEST_F(AdminOutbox, ADeadMessageIsSentAgainOnceByTheAdministratorAndAudited) {
  const auto id = dead_letter();
  EXPECT_TRUE(contains(get("/admin/outbox", admin.cookie), resend_url(id)));

  EXPECT_EQ(post(resend_url(id), "csrf=wrong", admin.cookie).status, 403);
  EXPECT_EQ(post(signed_in(account("petrov", "monitor")), resend_url(id)).status, 404);
  EXPECT_EQ(outbox_store->find_message(id)->state, "dead");

  auto resent = post(admin, resend_url(id));
  ASSERT_EQ(resent.status, 303);
  EXPECT_EQ(header(resent, "Location"), "/admin/outbox?resent=" + std::to_string(id));
  const auto audit = stores->staff.audit_log(1, 0).at(0);
  EXPECT_EQ(audit.action, "outbox.resend");
  EXPECT_EQ(audit.object_id, std::to_string(id));
  EXPECT_EQ(audit.user_id, admin.user_id);
  EXPECT_EQ(audit.after_json.find("ivanova"), std::string::npos);
  EXPECT_EQ(outbox_store->find_message(id)->state, "pending");
  EXPECT_EQ(post(admin, resend_url(id)).status, 409) << "waiting already";
  EXPECT_EQ(post(admin, resend_url(id + 1)).status, 404);

  // The mail server works again: the sender delivers it.
  Outbox working(*outbox_store, key, mailer.get(), nullptr);
  EXPECT_EQ(working.send_due(10).sent, 1);
  const auto mail = sink.messages(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("To: ivanova@example.ru"), std::string::npos);
  EXPECT_NE(mail[0].find("Ссылка: https://x/secret"), std::string::npos);
}

}  // namespace
}  // namespace nok
