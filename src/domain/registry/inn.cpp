#include "domain/registry/inn.h"

#include <algorithm>
#include <array>

namespace nok {
namespace {

int check_digit(std::string_view digits, const int* weights, std::size_t n) {
  int sum = 0;
  for (std::size_t i = 0; i < n; ++i) sum += (digits[i] - '0') * weights[i];
  return sum % 11 % 10;
}

}  // namespace

bool valid_inn(std::string_view inn) {
  if (!std::all_of(inn.begin(), inn.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  static constexpr std::array<int, 9> w10{2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 10> w11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 11> w12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  if (inn.size() == 10) return check_digit(inn, w10.data(), 9) == inn[9] - '0';
  if (inn.size() == 12)
    return check_digit(inn, w11.data(), 10) == inn[10] - '0' && check_digit(inn, w12.data(), 11) == inn[11] - '0';
  return false;
}

}  // namespace nok
