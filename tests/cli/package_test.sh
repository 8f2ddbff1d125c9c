#!/usr/bin/env bash
# Packaging (issue 16): `make install` honours PREFIX and DESTDIR, and the .deb CPack builds holds
# the binary, a man page per command and both completions, depends on the libraries the binary
# links (computed by dpkg-shlibdeps) and recommends postgresql-client. Uses what the build made.
set -u
build=$(realpath "$1")
bin=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # description, command status, expected status
  if [ "$2" -ne "$3" ]; then echo "FAIL: $1 (exit $2, expected $3)"; failures=$((failures + 1)); else echo "ok: $1"; fi
}

# make install's step: cmake --install with a prefix, under DESTDIR.
prefix=/opt/sd  # any install prefix: the files must land under DESTDIR/prefix
DESTDIR="$work/root" cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1
check "cmake --install with DESTDIR and a prefix" $? 0
[ -x "$work/root$prefix/bin/schemadelta" ]; check "the binary is under DESTDIR/PREFIX/bin" $? 0
[ -f "$work/root$prefix/share/man/man1/schemadelta-diff.1.gz" ]; check "the man pages under share/man/man1" $? 0
[ -f "$work/root$prefix/share/bash-completion/completions/schemadelta" ]; check "the bash completion" $? 0
[ -f "$work/root$prefix/share/zsh/vendor-completions/_schemadelta" ]; check "the zsh completion" $? 0
[ -f "$work/root$prefix/share/doc/schemadelta/formats/plan.schema.json" ]; check "the format schemas under share/doc" $? 0
grep -q "Installing: $work/root$prefix/" "$work/install.log" && ! grep "Installing:" "$work/install.log" | grep -qv "Installing: $work/root$prefix/"
check "nothing is installed outside DESTDIR/PREFIX" $? 0

# make package's step: cpack, into a scratch folder.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" > "$work/cpack.log" 2>&1)
check "cpack -G DEB" $? 0
deb=$(ls "$work"/pkg/schemadelta_*_*.deb 2> /dev/null | head -1)
[ -n "$deb" ]; check "the package is named schemadelta_<version>_<arch>.deb ($(basename "${deb:-none}"))" $? 0
if [ -n "$deb" ]; then
  dpkg-deb -I "$deb" > "$work/info"
  version=$("$bin" --version | awk '{print $2}')
  grep -q "^ Version: $version$" "$work/info"; check "its version is the binary's ($version)" $? 0
  depends=$(sed -n 's/^ Depends: //p' "$work/info")
  echo "   Depends: $depends"
  for library in $(ldd "$bin" | awk '/=>/ {print $1}' | grep -E 'antlr4|fmt'); do
    package=$(dpkg -S "$(realpath "$(ldd "$bin" | awk -v l="$library" '$1 == l {print $3}')")" 2> /dev/null | head -1 | cut -d: -f1)
    [ -n "$package" ] && echo "$depends" | grep -q "\b$package\b"
    check "it depends on $package (for $library)" $? 0
  done
  echo "$depends" | grep -q "libstdc++6"; check "it depends on libstdc++6" $? 0
  grep -q "^ Recommends: .*postgresql-client" "$work/info"; check "it recommends postgresql-client" $? 0

  dpkg-deb -c "$deb" | awk '{print $6}' > "$work/contents"
  grep -qx "./usr/bin/schemadelta" "$work/contents"; check "it holds /usr/bin/schemadelta" $? 0
  for command in "" -parse -diff -check -snapshot -verify -archive -archive-list -archive-purge; do
    grep -qx "./usr/share/man/man1/schemadelta$command.1.gz" "$work/contents"
    check "it holds the man page schemadelta$command(1)" $? 0
  done
  grep -qx "./usr/share/bash-completion/completions/schemadelta" "$work/contents"; check "it holds the bash completion" $? 0
  grep -qx "./usr/share/zsh/vendor-completions/_schemadelta" "$work/contents"; check "it holds the zsh completion" $? 0

  # Unpacked into a scratch root: the binary runs and is stripped.
  dpkg -x "$deb" "$work/unpacked"
  "$work/unpacked/usr/bin/schemadelta" --version > "$work/version"
  check "the packaged binary runs" $? 0
  cmp -s "$work/version" <("$bin" --version); check "and says the same version and commit" $? 0
  size=$(stat -c %s "$work/unpacked/usr/bin/schemadelta")
  [ "$size" -lt $(( $(stat -c %s "$bin") / 2 )) ]; check "the packaged binary is stripped ($size bytes)" $? 0
  "$work/unpacked/usr/bin/schemadelta" diff --help > /dev/null; check "the packaged binary answers diff --help" $? 0
fi

echo "$failures failures"
[ "$failures" -eq 0 ]
