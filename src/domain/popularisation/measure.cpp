#include "domain/popularisation/measure.h"

namespace nok::popularisation {
namespace {

using enum EffectSource;

// In the letter's order. Posters and labels carry the QR code on stands; the leaflet is the
// printed memo «Как оценить качество услуг — шаг за шагом»; tickets are what booking
// terminals print; the screen loop is the video on monitors; the website block is the
// banner on official sites (docs/printing.md).
constexpr MeasureType kTypes[] = {
    {1, "website_banner", "Приглашения и баннеры на официальных сайтах", placements, {"website"}},
    {2, "dnevnik_ru", "Информирование через платформу «Дневник.ру»", none},
    {3, "regional_school_platform", "Информирование через региональные образовательные платформы", none},
    {4, "service_message", "Автоматические сообщения получателям услуг", invitations},
    {5, "mass_media", "СМИ, социальные сети, наружная реклама, радио и телевидение", none},
    {6, "literacy_course", "Занятия на курсах компьютерной грамотности", none},
    {7, "class_hour", "Классные часы и внеурочные занятия", none},
    {8, "stand_qr_code", "QR-коды на информационных стендах", placements, {"poster_a4", "poster_a3", "label"}},
    {9, "screen_video", "Видеопрезентации на мониторах в организациях", placements, {"screen"}},
    {10, "booking_terminal", "Информация на терминалах записи и талонах", placements, {"ticket"}},
    {11, "rating_equipment", "Оборудование для оценки в помещениях организаций", kiosk},
    {12, "reception_stand", "Стенды в приёмных органов власти", none},
    {13, "printed_matter", "Буклеты, листовки, памятки, плакаты", placements, {"leaflet", "poster_a4", "poster_a3"}},
    {14, "personal_advice", "Информирование сотрудниками при посещении", none},
    {15, "recipient_memo", "Памятка получателю услуги с инструкцией", placements, {"leaflet"}},
};

struct StatusName {
  Status status;
  std::string_view code, title;
};

constexpr StatusName kStatusNames[] = {{Status::planned, "planned", "запланировано"},
                                       {Status::in_progress, "in_progress", "выполняется"},
                                       {Status::done, "done", "выполнено"},
                                       {Status::cancelled, "cancelled", "отменено"}};

const StatusName& named(Status status) {
  for (const auto& s : kStatusNames)
    if (s.status == status) return s;
  return kStatusNames[0];
}

struct SourceName {
  EffectSource source;
  std::string_view code, title;
};

constexpr SourceName kSourceNames[] = {{placements, "placements", "сканирования QR-кода и анкеты после них"},
                                       {invitations, "invitations", "приглашения после услуги"},
                                       {kiosk, "kiosk", "анкеты через киоск"},
                                       {none, "none", "не измеряется по данным"}};

const SourceName& named(EffectSource source) {
  for (const auto& s : kSourceNames)
    if (s.source == source) return s;
  return kSourceNames[3];
}

}  // namespace

std::span<const MeasureType> measure_types() { return kTypes; }

std::optional<MeasureType> find_measure_type(std::string_view code) {
  for (const auto& t : kTypes)
    if (t.code == code) return t;
  return std::nullopt;
}

std::string_view code(Status status) { return named(status).code; }

std::optional<Status> parse_status(std::string_view code) {
  for (const auto& s : kStatusNames)
    if (s.code == code) return s.status;
  return std::nullopt;
}

std::string_view title(Status status) { return named(status).title; }

std::string_view code(EffectSource source) { return named(source).code; }
std::string_view effect_title(EffectSource source) { return named(source).title; }

}  // namespace nok::popularisation
