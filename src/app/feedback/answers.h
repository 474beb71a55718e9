#pragma once
// The organisation's side of reviews and appeals, called by the organisation cabinet. Each
// answer is audited (review.answer, appeal.answer) in the transaction that stores it.
#include <string>
#include <string_view>

#include "core/crypto.h"
#include "core/error.h"
#include "mail/mailer.h"
#include "sms/sms_sender.h"
#include "store/feedback_store.h"

namespace nok {

struct AnswerResult {
  Errors errors;          // non-empty: nothing changed
  int status = 200;       // 404 not this organisation's, 409 already answered, 422 bad text
  bool notified = false;  // a message to the author was sent, or queued by the outbox (e-mail or SMS)
};

// A public answer under a published review; a new answer replaces the earlier one.
AnswerResult answer_review(FeedbackStore& store, std::string_view organisation_code, std::int64_t review_id,
                           std::string_view text, std::int64_t user_id = 0);

// How the author of an appeal learns of the answer: by e-mail when they signed in with an
// address, by SMS when with a mobile number; a provider's sign-in leaves no contact.
struct AppealMail {
  Mailer* mailer = nullptr;  // nullptr: not configured, the answer is only on the site
  const SecretKey& key;      // opens citizens.contact_enc
  std::string public_url;    // the site's address, for the link in the letter
  SmsSender* sms = nullptr;  // nullptr: no SMS gateway configured
};

// Answers an appeal once; then tells its author (the contact is opened with the key only
// for this message and never logged). With `nok serve`'s senders, the outbox's
// (app/outbox), the message is queued and retried until it arrives; a bare transport that
// fails leaves the answer stored and readable on the citizen's page, with `notified` false.
AnswerResult answer_appeal(FeedbackStore& store, const AppealMail& mail, std::string_view organisation_code,
                           std::int64_t appeal_id, std::string_view text, std::int64_t user_id = 0);

}  // namespace nok
