// Print throughput: QR PNG per second (target ≥ 5,000/s), A4 poster PDF per
// second (≥ 50/s) and a 5,000-organisation region ZIP (< 2 min, flat memory) — each
// beside the time libqrencode's own `qrencode` CLI takes for the same codes in this run.
// Usage: nok_print_bench [ORGANISATIONS=5000] [OUT_DIR=/tmp]
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <algorithm>
#include <thread>
#include <vector>

#include "http/router.h"
#include "http/server.h"
#include "print/document.h"
#include "print/poster.h"
#include "print/qr_code.h"
#include "print/qr_render.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The machine is shared, so each figure is given in wall time and in this process's CPU time.
struct Stopwatch {
  Clock::time_point wall = Clock::now();
  std::clock_t cpu = std::clock();
  double wall_seconds() const { return seconds_since(wall); }
  double cpu_seconds() const { return static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC; }
};

long max_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

long current_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with("VmRSS:")) return std::strtol(line.c_str() + 6, nullptr, 10) / 1024;
  return -1;
}

// Pages of `orgs` for write_bundle, 200 at a time, as the store hands them out.
std::function<std::vector<nok::Organisation>()> pages_of(const std::vector<nok::Organisation>& orgs) {
  auto next = std::make_shared<std::size_t>(0);
  return [&orgs, next] {
    std::vector<nok::Organisation> page;
    for (; *next < orgs.size() && page.size() < 200; ++*next) page.push_back(orgs[*next]);
    return page;
  };
}

struct Download {
  std::uint64_t bytes = 0;  // on the wire, chunk framing included
  double seconds = 0;
  long peak_rss_mb = 0;
};

// Serves the region ZIP as a streamed response and downloads it once over loopback.
Download zip_over_http(const std::vector<nok::Organisation>& orgs, const std::string& base) {
  nok::http::Router router;
  router.get("/posters.zip", [&](const nok::http::Request&) {
    return nok::http::Response::streamed("application/zip", [&](const nok::http::StreamWriter& write) {
      nok::print::ZipWriter zip([&write](std::string_view b) { write(b); });
      if (!nok::print::write_bundle(zip, pages_of(orgs), {.public_url = base}, [](std::size_t) {}))
        throw std::runtime_error("bundle failed");
    });
  });
  nok::http::Server server({.port = 0, .threads = 1}, router);
  std::thread serving([&] { server.run(false); });

  std::atomic<bool> downloading{true};
  std::atomic<long> peak{current_rss_mb()};
  std::thread sampler([&] {
    while (downloading) {
      peak = std::max(peak.load(), current_rss_mb());
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  Download result;
  Stopwatch watch;
  namespace asio = boost::asio;
  asio::io_context io;
  asio::ip::tcp::socket socket(io);
  socket.connect({asio::ip::make_address("127.0.0.1"), server.port()});
  asio::write(socket, asio::buffer(std::string("GET /posters.zip HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
  std::vector<char> buffer(256 * 1024);
  boost::system::error_code ec;
  while (!ec) result.bytes += socket.read_some(asio::buffer(buffer), ec);
  result.seconds = watch.wall_seconds();
  downloading = false;
  sampler.join();
  result.peak_rss_mb = peak;
  server.stop();
  serving.join();
  return result;
}

// Registry-like codes: seven lower-case letters and digits, deterministic.
std::vector<nok::Organisation> organisations(std::size_t n) {
  std::vector<nok::Organisation> out;
  std::uint64_t state = 42;
  const nok::Sphere spheres[] = {nok::Sphere::culture, nok::Sphere::health, nok::Sphere::education, nok::Sphere::social,
                                 nok::Sphere::mse};
  for (std::size_t i = 0; i < n; ++i) {
    nok::Organisation o;
    for (int c = 0; c < 7; ++c) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      o.code += "abcdefghijklmnopqrstuvwxyz0123456789"[(state >> 33) % 36];
    }
    o.short_name = "МБОУ СОШ № " + std::to_string(i % 200 + 1) + " г. Образцовск";
    o.sphere = spheres[i % 5];
    out.push_back(std::move(o));
  }
  return out;
}

// Runs `qrencode` once per URL (how the CLI is used), writing PNGs at the same size.
double qrencode_cli_seconds(const std::vector<std::string>& urls, const std::string& dir) {
  const auto start = Clock::now();
  for (const auto& url : urls) {
    const std::string out = dir + "/cli.png";
    const char* argv[] = {"qrencode", "-o", out.c_str(), "-s",  "16",        "-m",   "4",
                          "-l",       "Q",  "-d",        "300", url.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "qrencode", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  }
  return seconds_since(start);
}

void report(const char* what, std::size_t n, const Stopwatch& watch, double target, const char* unit,
            double cli_seconds, std::size_t cli_n) {
  const double seconds = watch.wall_seconds();
  std::printf(
      "%-22s %6zu in %6.2f s = %6.0f %s (%6.0f per CPU-second; target %.0f %s)   qrencode CLI: %zu in %.2f s = "
      "%.0f/s\n",
      what, n, seconds, n / seconds, unit, n / watch.cpu_seconds(), target, n / seconds >= target ? "met" : "MISSED",
      cli_n, cli_seconds, cli_n / cli_seconds);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 5000;
  const std::string dir = argc > 2 ? argv[2] : "/tmp";
  const std::string base = "https://nok.example.ru";
  const auto orgs = organisations(count);
  std::vector<std::string> urls;
  for (const auto& o : orgs) urls.push_back(nok::print::organisation_url(base, o.code));

  const double cli = qrencode_cli_seconds(urls, dir);
  if (cli < 0) {
    std::fprintf(stderr, "qrencode CLI not found or failed (apt-get install qrencode)\n");
    return 1;
  }

  // 1. QR PNG, 40 mm at 300 dpi (16 px per module, as the CLI above).
  std::size_t bytes = 0;
  Stopwatch png_watch;
  for (const auto& url : urls) bytes += nok::print::qr_png(nok::print::encode_qr(url).value(), 300, 40).value().size();
  report("QR PNG 40 mm 300 dpi", urls.size(), png_watch, 5000, "PNG/s", cli, urls.size());
  // The same on every core, as `nok serve` renders them (one request per thread).
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::size_t> thread_bytes(cores);
  Stopwatch parallel_watch;
  {
    std::vector<std::thread> renderers;
    for (unsigned t = 0; t < cores; ++t)
      renderers.emplace_back([&, t] {
        for (std::size_t i = t; i < urls.size(); i += cores)
          thread_bytes[t] += nok::print::qr_png(nok::print::encode_qr(urls[i]).value(), 300, 40).value().size();
      });
    for (auto& r : renderers) r.join();
  }
  for (auto b : thread_bytes) bytes += b;
  const std::string parallel_label = "QR PNG, " + std::to_string(cores) + " threads";
  report(parallel_label.c_str(), urls.size(), parallel_watch, 5000, "PNG/s", cli, urls.size());

  // 2. A4 posters (default text, 80 mm QR), one PDF each.
  const std::size_t posters = std::min<std::size_t>(count, 500);
  Stopwatch poster_watch;
  for (std::size_t i = 0; i < posters; ++i)
    bytes += nok::print::poster_pdf({orgs[i], urls[i], nok::print::PaperFormat::a4}).value().size();
  const double cli_share = cli * posters / urls.size();
  report("A4 poster PDF", posters, poster_watch, 50, "PDF/s", cli_share, posters);

  // 3. The region archive: every organisation's A4 poster into one ZIP on disk.
  const long rss_before = max_rss_mb();
  const std::string path = dir + "/nok_print_bench.zip";
  std::ofstream out(path, std::ios::binary);
  nok::print::ZipWriter zip(
      [&out](std::string_view b) { out.write(b.data(), static_cast<std::streamsize>(b.size())); });
  Stopwatch zip_watch;
  auto written = nok::print::write_bundle(zip, pages_of(orgs), {.public_url = base}, [](std::size_t) {});
  const double zip_seconds = zip_watch.wall_seconds();
  if (!written) {
    std::fprintf(stderr, "bundle failed: %s\n", written.error().message.c_str());
    return 1;
  }
  std::printf(
      "%-22s %6zu in %6.2f s (%.2f CPU-s; target < 120 s %s), %.0f MB, peak RSS %ld MB before, %ld MB after   "
      "qrencode CLI: %zu in %.2f s\n",
      "region ZIP of A4 PDFs", *written, zip_seconds, zip_watch.cpu_seconds(), zip_seconds < 120 ? "met" : "MISSED",
      zip.bytes_written() / 1e6, rss_before, max_rss_mb(), urls.size(), cli);
  std::remove(path.c_str());

  // 4. The same archive streamed over HTTP (chunked, 1 MiB pipe) to a client on loopback.
  const long rss_idle = current_rss_mb();
  const auto download = zip_over_http(orgs, base);
  std::printf(
      "%-22s %6zu in %6.2f s (target < 120 s %s), %.0f MB on the wire, RSS %ld MB before, peak %ld MB during   "
      "in-process ZIP above: %.2f s\n",
      "region ZIP over HTTP", orgs.size(), download.seconds, download.seconds < 120 ? "met" : "MISSED",
      download.bytes / 1e6, rss_idle, download.peak_rss_mb, zip_seconds);
  return bytes > 0 && download.bytes > zip.bytes_written() ? 0 : 1;
}
