// SubstringSet answers what one std::string::find per needle answers, on texts and needles drawn
// from a small alphabet so that near misses, overlaps and repeats are common.
#include "generator/postgres/substring_set.h"

#include <gtest/gtest.h>

#include <random>

namespace schemadelta::generator::postgres {
namespace {

std::string random_text(std::mt19937& rng, std::size_t max_length) {
  static constexpr std::string_view kAlphabet = "ab'\".\xc3\xa9";
  std::string text(std::uniform_int_distribution<std::size_t>(0, max_length)(rng), ' ');
  for (auto& c : text) c = kAlphabet[std::uniform_int_distribution<std::size_t>(0, kAlphabet.size() - 1)(rng)];
  return text;
}

bool found_by_find(const std::vector<std::string>& needles, const std::string& text) {
  return std::any_of(needles.begin(), needles.end(), [&](const std::string& n) { return text.find(n) != std::string::npos; });
}

TEST(SubstringSet, AgreesWithFindOnRandomTexts) {
  std::mt19937 rng(20261127);
  int found = 0, missed = 0;
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> needles;
    for (int i = 0, n = 1 + round % 6; i < n; ++i) needles.push_back(random_text(rng, 6));
    if (round % 50 != 0) std::erase_if(needles, [](const std::string& n) { return n.empty(); });
    const SubstringSet set(needles);
    for (int t = 0; t < 5; ++t) {
      const std::string text = random_text(rng, 40);
      const bool expected = found_by_find(needles, text);
      ASSERT_EQ(set.found_in(text), expected) << "text [" << text << "] round " << round;
      (expected ? found : missed) += 1;
    }
  }
  // Both answers were exercised.
  EXPECT_GT(found, 1000);
  EXPECT_GT(missed, 1000);
}

TEST(SubstringSet, FindsANeedleAtEitherEndAndNotAPrefixOfIt) {
  const SubstringSet set({"'v1 label'", "\"s\".\"e\""});
  EXPECT_TRUE(set.found_in("'v1 label'"));
  EXPECT_TRUE(set.found_in("DEFAULT 'v1 label'"));
  EXPECT_TRUE(set.found_in("ALTER TABLE x ALTER COLUMN c TYPE \"s\".\"e\""));
  EXPECT_FALSE(set.found_in("DEFAULT 'v1 label"));
  EXPECT_FALSE(set.found_in(""));
  EXPECT_FALSE(SubstringSet({}).found_in("anything"));
  EXPECT_TRUE(SubstringSet({""}).found_in(""));
}

}  // namespace
}  // namespace schemadelta::generator::postgres
