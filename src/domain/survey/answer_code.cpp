#include "domain/survey/answer_code.h"

namespace nok::survey {

std::string encode_answers(const Answers& answers) {
  std::string code(kItemCount, '-');
  for (std::size_t i = 0; i < kItemCount; ++i)
    if (answers.values[i] != Answer::none) code[i] = answers.values[i] == Answer::yes ? '1' : '0';
  return code;
}

Result<Answers> decode_answers(std::string_view code) {
  if (code.size() > kItemCount)
    return Error{"survey_bad_code", "код ответов длиннее числа вопросов анкеты (" + std::to_string(kItemCount) + ")"};
  Answers answers;
  for (std::size_t i = 0; i < code.size(); ++i) {
    switch (code[i]) {
      case '1': answers.values[i] = Answer::yes; break;
      case '0': answers.values[i] = Answer::no; break;
      case '-': break;
      default:
        return Error{"survey_bad_code", "недопустимый символ в коде ответов на позиции " + std::to_string(i + 1) +
                                            " (допустимы 1, 0 и -)"};
    }
  }
  return answers;
}

}  // namespace nok::survey
