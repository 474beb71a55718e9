#include "app/staff/operators.h"

#include "app/staff/audit.h"
#include "core/text.h"
#include "domain/registry/inn.h"

namespace nok {

Result<std::int64_t> register_operator(StaffStore& staff, std::int64_t actor_id, std::string_view name,
                                       std::string_view inn) {
  const std::string trimmed(text::trim(name));
  if (trimmed.empty() || text::length(trimmed) > 300 || !text::valid_utf8(trimmed))
    return Error{"bad_name", "Название оператора: от 1 до 300 символов.", 0, "name"};
  const std::string digits(text::trim(inn));
  if (!valid_inn(digits)) return Error{"bad_inn", "ИНН оператора не прошёл проверку контрольных цифр.", 0, "inn"};
  auto id = staff.create_operator(trimmed, digits,
                                  audit_entry(actor_id, "operator.create", "operator", "", {},
                                              {{"name", trimmed}, {"inn", digits}}));
  if (!id) return Error{"operator_exists", "Оператор «" + trimmed + "» уже зарегистрирован.", 0, "name"};
  return *id;
}

}  // namespace nok
