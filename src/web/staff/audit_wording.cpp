#include "web/staff/audit_wording.h"

#include <array>
#include <utility>

#include "domain/cycle/workflow.h"

namespace nok::web {
namespace {

using Wording = std::pair<std::string_view, std::string_view>;

constexpr std::array kActions{
    Wording{"user.create", "Создана учётная запись"},
    Wording{"user.password_set", "Задан пароль"},
    Wording{"user.totp_enable", "Включён код из приложения при входе"},
    Wording{"user.totp_remove", "Снят код из приложения при входе"},
    Wording{"user.disable", "Учётная запись отключена"},
    Wording{"user.enable", "Учётная запись включена"},
    Wording{"operator.create", "Зарегистрирован оператор"},
    Wording{"organisation.update", "Изменён профиль организации"},
    Wording{"organisation.qr_destination", "Изменено, куда ведёт QR-код организации"},
    Wording{"region.qr_destination", "Изменено, куда ведут QR-коды региона"},
    Wording{"placement.create", "Добавлено размещение QR-кода"},
    Wording{"placement.confirm", "Подтверждено размещение QR-кода"},
    Wording{"placement.remove", "Снято размещение QR-кода"},
    Wording{"appeal.answer", "Ответ на обращение"},
    Wording{"review.answer", "Ответ на отзыв"},
    Wording{"review.publish", "Отзыв опубликован после модерации"},
    Wording{"review.reject", "Отзыв отклонён на модерации"},
    Wording{"response.count", "Анкета засчитана после модерации"},
    Wording{"response.exclude", "Анкета исключена на модерации"},
    Wording{"response.enter", "Оператор внёс анкету"},
    Wording{"response.upload", "Оператор загрузил анкеты из файла"},
    Wording{"expert.update", "Внесены результаты осмотра организации"},
    Wording{"plan.create", "Создан план устранения недостатков"},
    Wording{"plan.item_add", "Добавлен пункт плана"},
    Wording{"plan.item_change", "Изменён пункт плана"},
    Wording{"plan.item_remove", "Удалён пункт плана"},
    Wording{"plan.submit", "План передан на утверждение"},
    Wording{"plan.approve", "План утверждён"},
    Wording{"plan.return", "План возвращён на доработку"},
    Wording{"plan.report", "Отчёт о выполнении пункта плана"},
    Wording{"cycle.create", "Создан цикл оценки"},
    Wording{"cycle.operator", "Назначен оператор цикла"},
    Wording{"cycle.organisations", "Изменён список организаций цикла"},
    Wording{"result.deficiencies", "Изменены выявленные недостатки"},
    Wording{"result.proposals", "Изменены предложения по улучшению"},
    Wording{"outbox.resend", "Недоставленное сообщение отправлено снова"},
    Wording{"api_token.issue", "Выпущен токен доступа к API"},
    Wording{"api_token.revoke", "Отозван токен доступа к API"},
    Wording{"monitoring_notes.save", "Изменены сведения органа для ежегодного отчёта"},
    Wording{"methodology.add", "Добавлено издание методики"},
    Wording{"questionnaire.add", "Добавлена анкета"},
    Wording{"invitation.upload", "Загружен список приглашений после услуги"},
    Wording{"invitation_token.issue", "Выпущен ключ для передачи приглашений"},
    Wording{"invitation_token.revoke", "Отозван ключ для передачи приглашений"},
    Wording{"kiosk.register", "Зарегистрирован терминал в зале"},
    Wording{"kiosk.revoke", "Отключён терминал в зале"},
    Wording{"popularisation.measure_add", "Добавлено мероприятие плана популяризации"},
    Wording{"popularisation.measure_change", "Изменено мероприятие плана популяризации"},
    Wording{"popularisation.measure_status", "Изменено состояние мероприятия плана популяризации"},
    Wording{"popularisation.measure_remove", "Удалено мероприятие плана популяризации"},
};

constexpr std::array kObjects{
    Wording{"user", "учётная запись"},
    Wording{"operator", "оператор"},
    Wording{"organisation", "организация"},
    Wording{"region", "регион"},
    Wording{"placement", "размещение"},
    Wording{"appeal", "обращение"},
    Wording{"review", "отзыв"},
    Wording{"response", "анкета"},
    Wording{"expert_inputs", "осмотр"},
    Wording{"plan", "план"},
    Wording{"cycle", "цикл"},
    Wording{"invitation_token", "ключ приглашений"},
    Wording{"kiosk", "терминал"},
    Wording{"result", "результаты"},
    Wording{"outbox", "исходящее письмо или SMS"},
    Wording{"api_token", "токен API"},
    Wording{"monitoring_notes", "сведения органа (орган/год)"},
    Wording{"methodology", "издание методики"},
    Wording{"questionnaire", "анкета"},
    Wording{"popularisation_measure", "мероприятие плана популяризации"},
};

template <std::size_t N>
std::string find(const std::array<Wording, N>& table, std::string_view code) {
  for (const auto& [key, title] : table)
    if (key == code) return std::string(title);
  return std::string(code);
}

}  // namespace

std::string audit_action_title(std::string_view action) {
  // The steps of a cycle are its events (cycle.start_collecting, cycle.publish, …).
  if (action.starts_with("cycle."))
    if (auto event = cycle::parse_event(action.substr(6))) return "Цикл оценки: " + std::string(cycle::title(*event));
  return find(kActions, action);
}

std::string audit_object_title(std::string_view object_type) { return find(kObjects, object_type); }

}  // namespace nok::web
