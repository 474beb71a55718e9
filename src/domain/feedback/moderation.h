#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nok::feedback {

// The automatic screening of a review before it is published: personal data (a phone
// number, an e-mail address, a passport- or СНИЛС-like run of digits) and abuse (a word
// with one of the configured obscene roots) hold it for a moderator. Returns the reason
// code (personal_data_phone, personal_data_email, personal_data_number, abuse) or empty
// when the review may be published at once.
std::string screen_review(std::string_view text, std::span<const std::string> abuse_roots);

// Reads a list of roots: one a line, `#` starts a comment, case and ё folded. A root
// written `^хуе` matches only at the start of a word (so «застрахуем» stays clean); a bare
// root matches anywhere in a word.
std::vector<std::string> parse_abuse_roots(std::string_view text);

// What the author reads on their page for a moderation reason code, the review's and the
// survey's padding checks' alike: «Отзыв содержит номер телефона…».
std::string_view explain_moderation(std::string_view reason);

}  // namespace nok::feedback
