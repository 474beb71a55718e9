// The monitoring export of a whole country, as /monitoring.xlsx and /monitoring.csv write it
// (app/monitoring/monitoring_export.h: the rows read from the store level by level, the
// XLSX through xlsx::Writer's temporary file, the CSV a row at a time) into a file, as the
// federal monitor asks for it: every region, authority, municipality and organisation.
// Prints wall and CPU seconds, bytes, rows and the process's resident memory before and at
// its peak. Each format runs in a process of its own (bench/monitoring_export.sh runs them);
// nok_monitoring_export_bench_libxlsxwriter is this program with libxlsxwriter's writer.
// Usage: nok_monitoring_export_bench xlsx|csv DB_URL [OUT=/tmp/nok-monitoring-bench.out]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

#include "app/monitoring/monitoring_export.h"
#include "core/time.h"
#include "store/sql/open_stores.h"

namespace {

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string format = argc > 1 ? argv[1] : "";
  if ((format != "xlsx" && format != "csv") || argc < 3)
    return std::fprintf(stderr, "usage: nok_monitoring_export_bench xlsx|csv DB_URL [OUT]\n"), 2;
  const std::string path = argc > 3 ? argv[3] : "/tmp/nok-monitoring-bench.out";
  auto stores = nok::sql::open_stores(argv[2], 2);
  auto ports = stores->ports();
  const nok::staff::StaffUser monitor{1, "bench", nok::staff::Role::monitor};

  const long rss_before = peak_rss_kb();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  std::size_t bytes = 0;
  const nok::monitoring::ByteSink sink = [&](std::string_view chunk) {
    out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    bytes += chunk.size();
  };
  const auto wall = std::chrono::steady_clock::now();
  const std::clock_t cpu = std::clock();
  auto report = nok::monitoring::load_report(nok::monitoring::ports_of(ports.monitoring, ports.main, ports.staff),
                                             monitor, {}, nok::current_year());
  if (!report) return std::fprintf(stderr, "%s\n", report.error().message.c_str()), 1;
  if (format == "csv") {
    nok::monitoring::write_csv(ports.monitoring, *report, sink);
  } else if (auto written = nok::monitoring::write_xlsx(ports.monitoring, *report, sink); !written) {
    return std::fprintf(stderr, "%s\n", written.error().message.c_str()), 1;
  }
  out.close();
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  const double cpu_s = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  std::remove(path.c_str());
  std::printf("%s: %lld organisations: %.2f s wall, %.2f s CPU, %.1f MB; peak RSS %.1f MB (%.1f MB before writing)\n",
              format.c_str(), static_cast<long long>(report->totals.organisations), wall_s, cpu_s, bytes / 1e6,
              peak_rss_kb() / 1024.0, rss_before / 1024.0);
  return 0;
}
