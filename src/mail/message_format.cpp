#include <sodium.h>

#include "core/id.h"
#include "core/time.h"
#include "mail/mailer.h"

namespace nok {
namespace {

std::string encoded_word(const std::string& text) {
  std::string out(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.pop_back();  // the terminating NUL
  return "=?UTF-8?B?" + out + "?=";
}

// Header values must not carry line breaks (header injection through a subject).
std::string single_line(std::string s) {
  for (auto& c : s)
    if (c == '\r' || c == '\n') c = ' ';
  return s;
}

}  // namespace

std::string format_message(const MailMessage& message, const std::string& from) {
  std::string body;
  for (std::size_t i = 0; i < message.text.size(); ++i) {  // normalise to CRLF, as SMTP wants
    if (message.text[i] == '\n' && (i == 0 || message.text[i - 1] != '\r')) body += '\r';
    body += message.text[i];
  }
  return "Date: " + iso_utc_now() + "\r\n" +
         "From: " + single_line(from) + "\r\n" +
         "To: " + single_line(message.to) + "\r\n" +
         "Message-ID: <" + random_token(12) + "@nok>\r\n" +
         "Subject: " + encoded_word(single_line(message.subject)) + "\r\n" +
         (message.unsubscribe_url.empty() ? std::string()
                                          : "List-Unsubscribe: <" + single_line(message.unsubscribe_url) +
                                                ">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n") +
         "MIME-Version: 1.0\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\n" +
         body + "\r\n";
}

}  // namespace nok
