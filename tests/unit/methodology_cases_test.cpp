// Runs every methodology case in tests/unit/data/score/: a folder with responses.csv and
// expert.csv (and optionally orgs.csv, ratings.csv, `options` of key=value lines:
// group_by, methodology), and either expected.json — a subset of the `nok score` JSON,
// numbers to 0.005 — or expected_errors.txt, lines "FILE LINE CODE" ("-" for errors of
// the request itself). Adding a case needs no C++.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/scoring/report_json.h"
#include "app/scoring/score_files.h"

namespace nok::scoring {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

fs::path cases_dir() { return fs::path(NOK_UNIT_DATA_DIR) / "score"; }

std::optional<std::string> slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::optional<Source> source(const fs::path& dir, const std::string& name) {
  auto text = slurp(dir / name);
  return text ? std::optional(Source{name, *text}) : std::nullopt;
}

ScoreRequest request_for(const fs::path& dir) {
  ScoreRequest r;
  r.responses = source(dir, "responses.csv").value();
  r.expert = source(dir, "expert.csv").value();
  r.ratings = source(dir, "ratings.csv");
  r.registry = source(dir, "orgs.csv");
  std::istringstream options(slurp(dir / "options").value_or(""));
  for (std::string line; std::getline(options, line);) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const auto key = line.substr(0, eq), value = line.substr(eq + 1);
    if (key == "group_by") r.group_by = parse_group_by(value).value();
    else if (key == "methodology") r.methodology = value;
    else ADD_FAILURE() << "unknown option " << key;
  }
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  std::sort(out.begin(), out.end());
  return out;
}

void expect_subset(const json::value& expected, const json::value& actual, const std::string& path) {
  if (expected.is_number()) {
    ASSERT_TRUE(actual.is_number()) << path << " is " << json::serialize(actual);
    EXPECT_NEAR(actual.to_number<double>(), expected.to_number<double>(), 0.005 + 1e-9) << path;
  } else if (expected.is_object()) {
    ASSERT_TRUE(actual.is_object()) << path;
    for (const auto& [key, value] : expected.get_object()) {
      const auto* found = actual.get_object().if_contains(key);
      ASSERT_TRUE(found) << path << "." << key << " is absent";
      expect_subset(value, *found, path + "." + std::string(key));
    }
  } else if (expected.is_array()) {
    ASSERT_TRUE(actual.is_array()) << path;
    ASSERT_EQ(actual.get_array().size(), expected.get_array().size()) << path << ": " << json::serialize(actual);
    for (std::size_t i = 0; i < expected.get_array().size(); ++i)
      expect_subset(expected.get_array()[i], actual.get_array()[i], path + "[" + std::to_string(i) + "]");
  } else {
    EXPECT_EQ(json::serialize(actual), json::serialize(expected)) << path;
  }
}

class MethodologyCase : public testing::TestWithParam<std::string> {};

TEST_P(MethodologyCase, MatchesItsExpectedOutput) {
  const fs::path dir = cases_dir() / GetParam();
  const auto outcome = score_files(request_for(dir));
  if (auto expected_errors = slurp(dir / "expected_errors.txt")) {
    std::string actual;
    for (const auto& e : outcome.errors)
      actual += (e.source.empty() ? "-" : e.source) + " " + std::to_string(e.error.line) + " " + e.error.code + "\n";
    EXPECT_EQ(lines_of(actual), lines_of(*expected_errors)) << actual;
    return;
  }
  for (const auto& e : outcome.errors) ADD_FAILURE() << e.source << ": " << describe(e.error);
  ASSERT_TRUE(outcome.errors.empty());
  const auto expected = slurp(dir / "expected.json");
  ASSERT_TRUE(expected) << "a case needs expected.json or expected_errors.txt";
  expect_subset(json::parse(*expected), json::parse(report_json(outcome.report)), "$");
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(cases_dir()))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Data, MethodologyCase, testing::ValuesIn(case_names()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(MethodologyCases, AreFound) { EXPECT_GE(case_names().size(), 7u); }

}  // namespace
}  // namespace nok::scoring
