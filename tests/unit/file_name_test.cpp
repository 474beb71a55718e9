// Names of downloaded files: words people read, and their Latin form for old clients.
#include <gtest/gtest.h>

#include "core/file_name.h"

namespace nok {
namespace {

TEST(FileName, ATitleBecomesWordsJoinedByHyphens) {
  EXPECT_EQ(file_name_part("ГП № 25 Зеленодольск"), "ГП-25-Зеленодольск");
  EXPECT_EQ(file_name_part("МБУК ДК «Верхнеречье»"), "МБУК-ДК-Верхнеречье");
  EXPECT_EQ(file_name_part("Школа/гимназия: 5 * ? \"<>| г. Тула"), "Школагимназия-5-г-Тула");
  EXPECT_EQ(file_name_part("  "), "");
}

TEST(FileName, ALongTitleKeepsWholeWordsUpToItsLetters) {
  EXPECT_EQ(file_name_part("Министерство здравоохранения — Пензенская область", 30), "Министерство-здравоохранения");
  EXPECT_EQ(file_name_part("Сверхдлинноеназваниебезпробелов", 5), "Сверхдлинноеназваниебезпробелов");  // the first word stays
}

TEST(FileName, RussianLettersBecomeLatinByThePassportRules) {
  EXPECT_EQ(latin_file_name("ГП-25-Зеленодольск-плакат-A4.pdf"), "GP-25-Zelenodolsk-plakat-A4.pdf");
  EXPECT_EQ(latin_file_name("Щёлково, Объём, Юрьев, Ямал, Хабаровск, Цна, Чита, Жуковский"),
            "Shchelkovo, Obieem, Iurev, Iamal, Khabarovsk, Tsna, Chita, Zhukovskii");
  EXPECT_EQ(latin_file_name("Школа №5"), "Shkola N5");
  EXPECT_EQ(latin_file_name("Ελλάδα 😀"), "______ _");  // no Latin form: one '_' a character
}

}  // namespace
}  // namespace nok
