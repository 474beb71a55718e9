#include "domain/website/verdict.h"

#include <algorithm>
#include <array>

#include "domain/website/block_target.h"

namespace nok::website {
namespace {

struct VerdictName {
  Verdict verdict;
  std::string_view name;
  std::string_view title;
};

constexpr std::array<VerdictName, 6> kVerdicts{{
    {Verdict::ok, "ok", "QR-код на сайте ведёт на организацию"},
    {Verdict::stale, "stale", "QR-код или ссылка устарели"},
    {Verdict::wrong_org, "wrong_org", "QR-код ведёт на другую организацию"},
    {Verdict::link_only, "link_only", "Есть ссылка, нет QR-кода"},
    {Verdict::missing, "missing", "Блок НОК не найден"},
    {Verdict::unreachable, "unreachable", "Сайт недоступен"},
}};

const VerdictName& entry(Verdict verdict) {
  return *std::find_if(kVerdicts.begin(), kVerdicts.end(), [&](const auto& v) { return v.verdict == verdict; });
}

// What one finding earns, or nothing when it is not about the block.
std::optional<Judgement> weigh(const SiteOwner& owner, const Finding& finding) {
  const Target target = classify(finding.text, owner.public_url);
  const bool ours = target.code == owner.code;
  const auto judged = [&](Verdict verdict, std::string reason) {
    return Judgement{verdict, finding, std::move(reason), std::nullopt};
  };
  switch (target.kind) {
    case TargetKind::organisation:
      if (!ours)
        return finding.qr ? std::optional(judged(Verdict::wrong_org, "QR-код ведёт на страницу другой организации (код " +
                                                                         target.code + ")"))
                          : std::nullopt;  // a link to another organisation is no fault of this site
      if (!finding.qr) return judged(Verdict::link_only, "Есть ссылка на страницу организации, QR-кода нет");
      if (target.placement &&
          std::find(owner.live_placements.begin(), owner.live_placements.end(), *target.placement) ==
              owner.live_placements.end())
        return judged(Verdict::stale, "QR-код места размещения, которое снято или не принадлежит организации");
      {
        auto out = judged(Verdict::ok, "QR-код ведёт на страницу организации");
        out.placement = target.placement;
        return out;
      }
    case TargetKind::other_address:
      if (!ours) return std::nullopt;
      return judged(Verdict::stale, finding.qr ? "QR-код ведёт на прежний адрес страницы организации"
                                               : "Ссылка ведёт на прежний адрес страницы организации");
    case TargetKind::bus_gov: {
      // A card is matched when the registry knows the organisation's; any other page of
      // bus.gov.ru (its search, its home) is taken as the block, as before card ids.
      const bool cards = !owner.bus_gov_card.empty() && !target.bus_gov_card.empty();
      if (cards && target.bus_gov_card != owner.bus_gov_card)
        return finding.qr ? std::optional(judged(Verdict::wrong_org, "QR-код ведёт на карточку другой организации на "
                                                                     "bus.gov.ru (№ " + target.bus_gov_card + ")"))
                          : std::nullopt;  // as a link to another organisation's page on nok
      if (cards)
        return finding.qr ? judged(Verdict::ok, "QR-код ведёт на карточку организации на bus.gov.ru")
                          : judged(Verdict::link_only, "Есть ссылка на карточку организации на bus.gov.ru, QR-кода нет");
      return finding.qr ? judged(Verdict::ok, "QR-код ведёт на сайт bus.gov.ru")
                        : judged(Verdict::link_only, "Есть ссылка на bus.gov.ru, QR-кода нет");
    }
    case TargetKind::elsewhere:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::string_view name(Verdict verdict) { return entry(verdict).name; }
std::string_view title(Verdict verdict) { return entry(verdict).title; }

std::optional<Verdict> parse_verdict(std::string_view name) {
  for (const auto& v : kVerdicts)
    if (v.name == name) return v.verdict;
  return std::nullopt;
}

Judgement judge(const SiteOwner& owner, const std::vector<Finding>& findings) {
  std::optional<Judgement> best;
  for (const auto& finding : findings) {
    auto weighed = weigh(owner, finding);
    // The enum runs from best to worst; the first finding of a rank is kept.
    if (weighed && (!best || weighed->verdict < best->verdict)) best = std::move(weighed);
  }
  if (best) return *best;
  return Judgement{Verdict::missing, std::nullopt, "На проверенных страницах нет ни QR-кода, ни ссылки на оценку", {}};
}

}  // namespace nok::website
