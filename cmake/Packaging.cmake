# The Debian 12 package: `cpack -G DEB` in the build folder (scripts/package.sh) makes
# nok_VERSION_ARCH.deb with the binary (templates, static files, migrations and data are
# compiled in; the PT fonts come from fonts-paratype), the settings /etc/nok/nok.env (a
# conffile), the systemd units and the maintainer scripts of deploy/debian.
# docs/operations.md installs and runs it.
set(debian "${PROJECT_SOURCE_DIR}/deploy/debian")

install(TARGETS nok RUNTIME DESTINATION bin)
# 0640 from the start: postinst gives the group to nok and writes the server key into it.
install(FILES "${debian}/nok.env" DESTINATION /etc/nok PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
install(FILES "${debian}/nok.service" "${debian}/nok@.service"
              "${debian}/nok-reminders.service" "${debian}/nok-reminders.timer"
              "${debian}/nok-outbox.service" "${debian}/nok-outbox.timer"
        DESTINATION /lib/systemd/system)
# One drop-in for every nok unit: `nok-.service.d` applies to each nok-*.service.
foreach(unit nok.service nok@.service nok-.service)
  install(FILES "${debian}/nok.conf" DESTINATION /lib/systemd/system/${unit}.d)
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/docs/configuration.md"
              "${PROJECT_SOURCE_DIR}/docs/operations.md"
        DESTINATION share/doc/nok)
install(FILES "${PROJECT_SOURCE_DIR}/deploy/haproxy.cfg" DESTINATION share/doc/nok/examples)

set(NOK_PACKAGE_MAINTAINER "nok maintainers <nok@localhost>" CACHE STRING "the Maintainer of the Debian package")
set(CPACK_PACKAGE_NAME nok)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")  # what `nok version` prints
set(CPACK_PACKAGE_CONTACT "${NOK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "independent assessment of the quality of service conditions (НОК)")
set(CPACK_PACKAGE_DESCRIPTION "The nok server: the organisation registry, citizen surveys from QR codes, the\
 Unified procedure of Приказ Минтруда № 344н and the staff workspaces, over SQLite or PostgreSQL.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the build's debug information would make the package ten times larger
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # nok_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # the libraries' packages, by dpkg-shlibdeps (dpkg-dev)
# What the libraries do not tell: postinst's adduser, the PT fonts of printed documents and
# the certificates that smtps:// and https:// gateways are checked against; the website
# checker reads WebP images through gdk-pixbuf's loader, a package of its own.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, fonts-paratype")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, webp-pixbuf-loader")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${debian}/postinst" "${debian}/prerm" "${debian}/postrm" "${debian}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
