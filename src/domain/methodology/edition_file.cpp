#include "domain/methodology/edition_file.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cmath>
#include <set>

#include "core/json_document.h"
#include "core/number_text.h"
#include "domain/editions/edition_header.h"
#include "domain/survey/questionnaire_file.h"

namespace nok::methodology {
namespace {

namespace json = boost::json;

std::string quoted(std::string_view s) { return "«" + std::string(s) + "»"; }

// The file's root with its chain of bases merged in; nullopt after a complaint.
std::optional<json::object> merged_root(JsonDocument& doc, const EditionTexts& others,
                                        std::vector<std::string>& chain) {
  const auto* root = doc.as_object(doc.root(), "");
  if (!root) return std::nullopt;
  const auto id = read_edition_header(doc, *root, kMethodologyFormat);
  const auto base_id = doc.string(*root, "", "extends", false);
  if (!base_id) return *root;
  chain.push_back(id);
  std::optional<json::object> merged;
  if (std::find(chain.begin(), chain.end(), *base_id) != chain.end()) {
    std::string path;
    for (const auto& step : chain) path += step + " → ";
    doc.fail("/extends", "edition_cycle", "издания ссылаются друг на друга по кругу: " + path + *base_id);
  } else if (auto text = others(*base_id); !text) {
    doc.fail("/extends", "edition_unknown_base", "нет издания " + quoted(*base_id) + ", на которое ссылается это");
  } else {
    JsonDocument base(*text);
    auto base_root = base.ok() ? merged_root(base, others, chain) : std::nullopt;
    if (!base_root) {
      const auto& inner = base.errors();
      doc.fail("/extends", inner.empty() || inner.front().code != "edition_cycle" ? "edition_bad_base" : "edition_cycle",
               "издание-основа " + quoted(*base_id) + " не читается" +
                   (inner.empty() ? std::string() : ": " + describe(inner.front())));
    } else {
      merged = std::move(*base_root);
      for (const auto& [key, value] : *root)
        if (key != "extends") (*merged)[key] = value;
    }
  }
  chain.pop_back();
  return merged;
}

class EditionReader {
 public:
  EditionReader(JsonDocument& doc, const json::object& root, const EditionTexts& others)
      : doc_(doc), root_(root), others_(others) {}

  Methodology read() {
    doc_.refuse_unknown(root_, "", {"format", "id", "extends", "title", "note", "indicators", "criteria",
                                    "waiting_points", "missing_indicators", "missing_parts", "sample",
                                    "questionnaires"});
    m_.id = read_edition_header(doc_, root_, kMethodologyFormat);
    m_.title = doc_.string(root_, "", "title").value_or("");
    m_.note = doc_.string(root_, "", "note", false).value_or("");
    if (const auto* list = doc_.array(root_, "", "indicators")) read_indicators(*list);
    if (const auto* list = doc_.array(root_, "", "criteria")) read_criteria(*list);
    read_waiting();
    read_policies();
    read_sample();
    read_questionnaires();
    return std::move(m_);
  }

 private:
  template <typename Enum, typename Known>
  std::optional<Enum> named(const json::object& o, const std::string& at, std::string_view member, const Known& known,
                            std::string_view what) {
    const auto text = doc_.string(o, at, member);
    if (!text) return std::nullopt;
    for (auto value : known)
      if (key(value) == *text) return value;
    doc_.fail(json_pointer(at, member), "edition_unknown_name", std::string(what) + ": нет такого — " + quoted(*text));
    return std::nullopt;
  }

  std::optional<Part> read_part(const json::object& o, const std::string& at) {
    const auto kind = doc_.string(o, at, "kind").value_or("");
    const auto field = [&](std::string_view key) {
      return named<ExpertField>(o, at, key, all_expert_fields(), "данные экспертной оценки");
    };
    if (kind == "survey_share") {
      doc_.refuse_unknown(o, at, {"kind", "item"});
      auto item = named<survey::Item>(o, at, "item", survey::all_items(), "вопрос анкеты");
      if (item) return SurveyShare{*item};
    } else if (kind == "expert_ratio") {
      doc_.refuse_unknown(o, at, {"kind", "present", "required"});
      auto present = field("present");
      auto required = field("required");
      if (present && required) return ExpertRatio{*present, *required};
    } else if (kind == "expert_points") {
      doc_.refuse_unknown(o, at, {"kind", "count", "per_item", "cap"});
      auto count = field("count");
      auto per_item = positive(o, at, "per_item", 100);
      auto cap = positive(o, at, "cap", 100);
      if (count && per_item && cap) return ExpertPoints{*count, *per_item, *cap};
    } else if (kind == "waiting_points") {
      doc_.refuse_unknown(o, at, {"kind", "days"});
      if (auto days = field("days")) return WaitingPoints{*days};
    } else if (o.contains("kind")) {
      doc_.fail(json_pointer(at, "kind"), "edition_unknown_part",
                "вид части " + quoted(kind) + " неизвестен: survey_share, expert_ratio, expert_points или waiting_points");
    }
    return std::nullopt;
  }

  std::optional<double> positive(const json::object& o, const std::string& at, std::string_view key, double max) {
    auto v = doc_.number(o, at, key);
    if (v && !(*v > 0 && *v <= max)) {
      doc_.fail(json_pointer(at, key), "edition_out_of_range",
                std::string(key) + ": число больше 0 и не больше " + text::number_text(max));
      return std::nullopt;
    }
    return v;
  }

  std::vector<Sphere> read_spheres(const json::object& o, const std::string& at) {
    std::vector<Sphere> out;
    const auto* list = doc_.array(o, at, "spheres", false);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto* text = (*list)[i].if_string();
      auto sphere = text ? parse_sphere(*text) : std::nullopt;
      if (sphere && code(*sphere) == *text)
        out.push_back(*sphere);
      else
        doc_.fail(json_pointer(json_pointer(at, "spheres"), i), "edition_unknown_name",
                  "сфера: culture, health, education, social или mse");
    }
    if (list->empty()) doc_.fail(json_pointer(at, "spheres"), "edition_no_spheres", "список сфер пуст: уберите его, если показатель есть во всех");
    return out;
  }

  void read_indicators(const json::array& list) {
    if (list.empty()) doc_.fail("/indicators", "edition_no_indicators", "в издании нет показателей");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto at = json_pointer("/indicators", i);
      const auto* o = doc_.as_object(list[i], at);
      if (!o) continue;
      doc_.refuse_unknown(*o, at, {"id", "symbol", "title", "note", "spheres", "parts"});
      Indicator indicator{doc_.string(*o, at, "id").value_or(""), doc_.string(*o, at, "symbol").value_or(""),
                          doc_.string(*o, at, "title").value_or(""), {}, read_spheres(*o, at)};
      if (const auto* parts = doc_.array(*o, at, "parts")) {
        if (parts->empty()) doc_.fail(json_pointer(at, "parts"), "edition_no_parts", "у показателя нет частей");
        for (std::size_t p = 0; p < parts->size(); ++p) {
          const auto part_at = json_pointer(json_pointer(at, "parts"), p);
          if (const auto* part = doc_.as_object((*parts)[p], part_at))
            if (auto read = read_part(*part, part_at)) indicator.parts.push_back(*read);
        }
      }
      if (indicator.id.empty() && o->contains("id"))
        doc_.fail(json_pointer(at, "id"), "edition_empty_id", "пустой номер показателя");
      else if (m_.indicator_index(indicator.id))
        doc_.fail(json_pointer(at, "id"), "edition_duplicate_indicator", "показатель " + quoted(indicator.id) + " уже есть выше");
      m_.indicators.push_back(std::move(indicator));
    }
  }

  std::vector<Term> read_variant(const json::value& value, const std::string& at) {
    std::vector<Term> terms;
    const auto* weights = doc_.as_object(value, at);
    if (!weights) return terms;
    double sum = 0;
    for (const auto& [id, weight] : *weights) {
      const auto term_at = json_pointer(at, id);
      auto index = m_.indicator_index(id);
      if (!index) {
        doc_.fail(term_at, "edition_unknown_indicator", "нет показателя " + quoted(id));
      } else if (!weight.is_number() || !(weight.to_number<double>() > 0 && weight.to_number<double>() <= 1)) {
        doc_.fail(term_at, "edition_bad_weight", "вес показателя " + quoted(id) + " — число больше 0 и не больше 1");
      } else {
        terms.push_back({*index, weight.to_number<double>()});
        sum += weight.to_number<double>();
      }
    }
    if (weights->empty()) doc_.fail(at, "edition_no_terms", "в наборе весов нет показателей");
    if (terms.size() == weights->size() && !weights->empty() && std::abs(sum - 1) > 1e-9)
      doc_.fail(at, "edition_weights_sum", "сумма весов — " + text::number_text(sum, 6) + ", а должна быть 1");
    return terms;
  }

  void read_criteria(const json::array& list) {
    if (list.empty()) doc_.fail("/criteria", "edition_no_criteria", "в издании нет критериев");
    std::set<std::string> ids;
    std::vector<bool> used(m_.indicators.size(), false);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto at = json_pointer("/criteria", i);
      const auto* o = doc_.as_object(list[i], at);
      if (!o) continue;
      doc_.refuse_unknown(*o, at, {"id", "title", "note", "variants"});
      Criterion criterion{doc_.string(*o, at, "id").value_or(""), doc_.string(*o, at, "title").value_or(""), {}};
      if (!criterion.id.empty() && !ids.insert(criterion.id).second)
        doc_.fail(json_pointer(at, "id"), "edition_duplicate_criterion", "критерий " + quoted(criterion.id) + " уже есть выше");
      if (const auto* variants = doc_.array(*o, at, "variants")) {
        if (variants->empty()) doc_.fail(json_pointer(at, "variants"), "edition_no_terms", "у критерия нет набора весов");
        for (std::size_t v = 0; v < variants->size(); ++v) {
          auto terms = read_variant((*variants)[v], json_pointer(json_pointer(at, "variants"), v));
          for (const auto& t : terms) used[t.indicator] = true;
          criterion.variants.push_back(std::move(terms));
        }
      }
      m_.criteria.push_back(std::move(criterion));
    }
    for (std::size_t i = 0; i < used.size(); ++i)
      if (!used[i] && !m_.indicators[i].id.empty())
        doc_.fail(json_pointer("/indicators", i), "edition_unused_indicator",
                  "показатель " + quoted(m_.indicators[i].id) + " не входит ни в один критерий");
  }

  void read_waiting() {
    const auto* o = doc_.object(root_, "", "waiting_points", false);
    if (!o) {
      const auto waits = std::any_of(m_.indicators.begin(), m_.indicators.end(), [](const Indicator& indicator) {
        return std::any_of(indicator.parts.begin(), indicator.parts.end(),
                           [](const Part& p) { return std::holds_alternative<WaitingPoints>(p); });
      });
      if (waits) doc_.fail("/waiting_points", "json_missing", "нет таблицы баллов за время ожидания (waiting_points)");
      return;
    }
    doc_.refuse_unknown(*o, "/waiting_points", {"bands", "beyond"});
    if (const auto* bands = doc_.array(*o, "/waiting_points", "bands")) {
      for (std::size_t i = 0; i < bands->size(); ++i) {
        const auto at = json_pointer("/waiting_points/bands", i);
        const auto* band = doc_.as_object((*bands)[i], at);
        if (!band) continue;
        doc_.refuse_unknown(*band, at, {"max_days", "points"});
        auto days = doc_.number(*band, at, "max_days");
        auto points = points_at(*band, at, "points");
        if (!days || !points) continue;
        if (!m_.waiting_bands.empty() && *days <= m_.waiting_bands.back().max_days)
          doc_.fail(json_pointer(at, "max_days"), "edition_bands_order", "границы дней должны возрастать");
        m_.waiting_bands.push_back({*days, *points});
      }
    }
    m_.waiting_points_beyond = points_at(*o, "/waiting_points", "beyond").value_or(0);
  }

  std::optional<double> points_at(const json::object& o, const std::string& at, std::string_view key) {
    auto v = doc_.number(o, at, key);
    if (v && !(*v >= 0 && *v <= 100)) {
      doc_.fail(json_pointer(at, key), "edition_out_of_range", "баллы — от 0 до 100");
      return std::nullopt;
    }
    return v;
  }

  void read_policies() {
    const auto choice = [&](std::string_view key, std::string_view first, std::string_view second) {
      const auto text = doc_.string(root_, "", key).value_or(std::string(first));
      if (text != first && text != second)
        doc_.fail(json_pointer("", key), "edition_unknown_name",
                  std::string(key) + ": " + quoted(first) + " или " + quoted(second));
      return text == first;
    };
    m_.missing_indicators = choice("missing_indicators", "renormalise", "no_data") ? MissingIndicators::renormalise
                                                                                   : MissingIndicators::no_data;
    m_.missing_parts = choice("missing_parts", "remaining", "no_data") ? MissingParts::remaining : MissingParts::no_data;
  }

  void read_sample() {
    const auto* o = doc_.object(root_, "", "sample");
    if (!o) return;
    doc_.refuse_unknown(*o, "/sample", {"share_of_recipients", "cap", "min_site_app_share"});
    auto share = doc_.number(*o, "/sample", "share_of_recipients");
    auto cap = doc_.number(*o, "/sample", "cap");
    auto site = doc_.number(*o, "/sample", "min_site_app_share");
    if (share && !(*share > 0 && *share <= 1))
      doc_.fail("/sample/share_of_recipients", "edition_out_of_range", "доля получателей услуг — больше 0 и не больше 1");
    if (cap && !(*cap >= 1 && *cap == std::floor(*cap) && *cap < 1e9)) {
      doc_.fail("/sample/cap", "edition_out_of_range", "предел выборки — целое число от 1 до 999999999");
      cap.reset();
    }
    if (site && !(*site >= 0 && *site <= 1))
      doc_.fail("/sample/min_site_app_share", "edition_out_of_range", "доля ответов через сайт и приложение — от 0 до 1");
    m_.sample = {share.value_or(0), static_cast<std::int64_t>(cap.value_or(0)), site.value_or(0)};
  }

  void read_questionnaires() {
    const auto* o = doc_.object(root_, "", "questionnaires");
    if (!o) return;
    for (const auto& [key, value] : *o) {
      const auto at = json_pointer("/questionnaires", key);
      const auto sphere = parse_sphere(key);
      if (key != "default" && !(sphere && code(*sphere) == key)) {
        doc_.fail(at, "edition_unknown_name", "анкета назначается на default или на сферу: culture, health, education, social, mse");
        continue;
      }
      const auto* id = value.if_string();
      auto questionnaire = id ? named_questionnaire(*id, at) : nullptr;
      if (!id) doc_.fail(at, "edition_unknown_questionnaire", "анкета называется строкой — её идентификатором");
      if (!questionnaire) continue;
      if (key == "default")
        m_.default_questionnaire = std::move(questionnaire);
      else
        m_.sphere_questionnaires.emplace_back(*sphere, std::move(questionnaire));
    }
    if (!m_.default_questionnaire && !o->contains("default"))
      doc_.fail("/questionnaires", "json_missing", "нет анкеты по умолчанию (default)");
    if (doc_.ok()) check_items_asked();
  }

  // The questionnaire `id`, shipped or added, read once however many spheres name it;
  // nullptr after a complaint at `at`.
  std::shared_ptr<const survey::Questionnaire> named_questionnaire(std::string_view id, const std::string& at) {
    for (const auto& q : read_questionnaires_)
      if (q->id == id) return q;
    const auto text = others_(id);
    if (!text) {
      doc_.fail(at, "edition_unknown_questionnaire", "нет анкеты " + quoted(id) + " ни в поставке, ни среди добавленных");
      return nullptr;
    }
    auto read = survey::read_questionnaire(*text);
    if (!read.questionnaire || read.questionnaire->id != id) {
      doc_.fail(at, "edition_bad_questionnaire",
                "анкета " + quoted(id) + " не читается" +
                    (read.errors.empty() ? std::string(": под этим идентификатором другое издание")
                                         : ": " + describe(read.errors.front())));
      return nullptr;
    }
    read_questionnaires_.push_back(std::make_shared<const survey::Questionnaire>(std::move(*read.questionnaire)));
    return read_questionnaires_.back();
  }

  // Every share an indicator of a sphere reads must be a question its questionnaire asks.
  void check_items_asked() {
    for (Sphere sphere : all_spheres()) {
      const auto& q = questionnaire_for(m_, sphere);
      for (std::size_t i = 0; i < m_.indicators.size(); ++i) {
        if (!m_.applies(i, sphere)) continue;
        for (const auto& part : m_.indicators[i].parts)
          if (const auto* share = std::get_if<SurveyShare>(&part); share && !q.find(share->item))
            doc_.fail(json_pointer("/indicators", i), "edition_item_not_asked",
                      "показатель " + quoted(m_.indicators[i].id) + " читает вопрос " + quoted(survey::key(share->item)) +
                          ", которого нет в анкете " + quoted(q.id) + " для сферы " + quoted(code(sphere)));
      }
    }
  }

  JsonDocument& doc_;
  const json::object& root_;
  const EditionTexts& others_;
  Methodology m_;
  std::vector<std::shared_ptr<const survey::Questionnaire>> read_questionnaires_;
};

}  // namespace

ReadMethodology read_methodology(std::string_view text, const EditionTexts& others) {
  JsonDocument doc(text);
  if (!doc.ok()) return {std::nullopt, "", doc.take_errors()};
  std::vector<std::string> chain;
  const auto root = merged_root(doc, others, chain);
  if (!root || !doc.ok()) return {std::nullopt, "", doc.take_errors()};
  auto m = EditionReader(doc, *root, others).read();
  if (!doc.ok()) return {std::nullopt, "", doc.take_errors()};
  return {std::move(m), json::serialize(*root), {}};
}

}  // namespace nok::methodology
