# `make install` (PREFIX, DESTDIR) and `make package`: a Debian package built by CPack whose
# Depends dpkg-shlibdeps computes from the binary (libantlr4-runtime4.9, libfmt9, libstdc++6, ...).
include(GNUInstallDirs)
# cpack (and install in the build folder) install what is built and build nothing: without this
# they build every target first (make package and make install build first anyway), which the
# package test must not do on a machine whose build is shared.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
install(TARGETS schemadelta RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${SCHEMADELTA_MANUAL_DIR}/man1/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SCHEMADELTA_MANUAL_DIR}/completions/schemadelta DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${SCHEMADELTA_MANUAL_DIR}/completions/_schemadelta DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/formats/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/formats)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME schemadelta)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diff two PostgreSQL schema snapshots into a safe migration and rollback")
set(CPACK_PACKAGE_DESCRIPTION "schemadelta compares two PostgreSQL schemas (SQL files, folders, dumps or live databases)
and writes an idempotent migration script and its rollback, keeping dropped data in a holding
schema; it proves the scripts on a throwaway PostgreSQL and reports drift of a live database.")
set(CPACK_PACKAGE_CONTACT "schemadelta maintainers <schemadelta@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # schemadelta_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# pg_dump for live databases, psql for archive; verify needs a server (postgresql-15).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15")
include(CPack)
