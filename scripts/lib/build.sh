# Configures (once) and builds nok into build/ with Ninja and ccache.
build_nok() {
  local type=${NOK_BUILD_TYPE:-RelWithDebInfo}
  [ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
  cmake --build build -j "$(nproc)"
}
