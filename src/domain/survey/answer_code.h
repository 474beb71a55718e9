#pragma once
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/survey/item.h"

namespace nok::survey {

// The compact form in which the database stores answers: one character per item in
// canonical key order — '1' yes, '0' no, '-' not answered. Codes written before an item
// was appended are shorter; the missing tail reads as not answered.
std::string encode_answers(const Answers& answers);
// Fails with survey_bad_code on any other character or a code longer than the item list.
Result<Answers> decode_answers(std::string_view code);

}  // namespace nok::survey
