// One export written as XLSX (xlsx::Writer, constant memory) or as CSV (csv::Writer, the
// baseline), rows × 20 columns of the monitoring tables' mix — 6 texts, 8 counts, 6 shares —
// into a file, printing wall and CPU seconds, bytes and the process's resident memory before
// and at its peak. Each format runs in a process of its own (bench/xlsx_export.sh runs them),
// so each peak is its own; nok_xlsx_bench_libxlsxwriter is this program with libxlsxwriter's writer.
// Usage: nok_xlsx_bench xlsx|csv [ROWS=150000] [OUT=/tmp/nok-xlsx-bench.out]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>

#include "core/csv.h"
#include "xlsx/writer.h"

namespace {

constexpr int kTexts = 6, kCounts = 8, kShares = 6;

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Deterministic values that look like the real ones (no RNG cost inside the timing).
struct Row {
  std::string texts[kTexts];
  std::int64_t counts[kCounts];
  double shares[kShares];
  void fill(long i) {
    texts[0] = "МБОУ «Средняя общеобразовательная школа № " + std::to_string(i % 997 + 1) + "»";
    texts[1] = "Муниципальный район № " + std::to_string(i % 61 + 1);
    texts[2] = "Энская область";
    texts[3] = "Министерство образования Энской области";
    texts[4] = i % 3 == 0 ? "сайт" : i % 3 == 1 ? "приложение" : "интервью";
    texts[5] = i % 5 == 0 ? "=HYPERLINK(\"https://example.ru\")" : "Всё хорошо, спасибо";
    for (int c = 0; c < kCounts; ++c) counts[c] = (i * (c + 7)) % 5000;
    for (int c = 0; c < kShares; ++c) shares[c] = static_cast<double>((i * (c + 3)) % 1000) / 10.0;
  }
};

int write_xlsx(long rows, std::ofstream& out) {
  auto writer = nok::xlsx::Writer::open();
  if (!writer) return std::fprintf(stderr, "%s\n", writer.error().message.c_str()), 1;
  std::vector<nok::xlsx::Column> columns;
  for (int c = 0; c < kTexts; ++c) columns.push_back({"Текст " + std::to_string(c + 1)});
  for (int c = 0; c < kCounts; ++c) columns.push_back({"Число " + std::to_string(c + 1), nok::xlsx::CellKind::integer});
  for (int c = 0; c < kShares; ++c) columns.push_back({"Доля " + std::to_string(c + 1), nok::xlsx::CellKind::decimal, 1});
  if (auto added = writer->add_sheet("Выгрузка", columns); !added)
    return std::fprintf(stderr, "%s\n", added.error().message.c_str()), 1;
  Row row;
  std::vector<nok::xlsx::Cell> cells(kTexts + kCounts + kShares);
  for (long i = 0; i < rows; ++i) {
    row.fill(i);
    for (int c = 0; c < kTexts; ++c) cells[c] = std::string_view(row.texts[c]);
    for (int c = 0; c < kCounts; ++c) cells[kTexts + c] = row.counts[c];
    for (int c = 0; c < kShares; ++c) cells[kTexts + kCounts + c] = row.shares[c];
    if (auto added = writer->add_row(cells); !added) return std::fprintf(stderr, "%s\n", added.error().message.c_str()), 1;
  }
  auto done = writer->finish([&](std::string_view bytes) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  if (!done) return std::fprintf(stderr, "%s\n", done.error().message.c_str()), 1;
  return 0;
}

int write_csv(long rows, std::ofstream& out) {
  nok::csv::Writer writer;
  for (int c = 0; c < kTexts; ++c) writer.text("Текст " + std::to_string(c + 1));
  for (int c = 0; c < kCounts; ++c) writer.text("Число " + std::to_string(c + 1));
  for (int c = 0; c < kShares; ++c) writer.text("Доля " + std::to_string(c + 1));
  writer.end_row();
  Row row;
  char number[32];
  for (long i = 0; i < rows; ++i) {
    row.fill(i);
    for (const auto& text : row.texts) writer.text(text);
    for (auto count : row.counts) writer.number(std::to_string(count));
    for (double share : row.shares) {
      std::snprintf(number, sizeof number, "%.1f", share);
      writer.number(number);
    }
    writer.end_row();
    if (i % 1000 == 999) out << writer.take();  // streamed as a download would be
  }
  out << writer.take();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string format = argc > 1 ? argv[1] : "";
  const long rows = argc > 2 ? std::atol(argv[2]) : 150'000;
  const std::string path = argc > 3 ? argv[3] : "/tmp/nok-xlsx-bench.out";
  if (format != "xlsx" && format != "csv") return std::fprintf(stderr, "usage: nok_xlsx_bench xlsx|csv [ROWS] [OUT]\n"), 2;

  const long rss_before = peak_rss_kb();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const auto wall = std::chrono::steady_clock::now();
  const std::clock_t cpu = std::clock();
  const int status = format == "xlsx" ? write_xlsx(rows, out) : write_csv(rows, out);
  out.close();
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  const double cpu_s = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  std::ifstream written(path, std::ios::binary | std::ios::ate);
  const auto bytes = static_cast<double>(written.tellg());
  std::remove(path.c_str());
  if (status != 0) return status;
  std::printf("%s: %ld rows x %d columns: %.2f s wall, %.2f s CPU, %.1f MB; peak RSS %.1f MB (%.1f MB before writing)\n",
              format.c_str(), rows, kTexts + kCounts + kShares, wall_s, cpu_s, bytes / 1e6, peak_rss_kb() / 1024.0,
              rss_before / 1024.0);
  return 0;
}
