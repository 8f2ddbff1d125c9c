#!/usr/bin/env bash
# --version names the source honestly (cli/version.cmake): the commit of a git tree (-dirty with
# changes), the commit given to a tarball's build, and "commit unknown" for a tree without .git, even
# one unpacked inside some other repository.
. "$(dirname "$0")/test_lib.sh"
source_id() {  # source dir [git commit]: what version.cmake writes
  cmake -DSOURCE_DIR="$1" -DTEMPLATE="$source_dir/cli/version.cpp.in" -DOUTPUT="$work/version.cpp" -DGIT_COMMIT="${2:-}" \
    -P "$source_dir/cli/version.cmake" || return 1
  sed -n 's/.*kBuildSource = "\(.*\)";/\1/p' "$work/version.cpp"
}

# The binary: "schemadelta X.Y.Z (git <commit>[-dirty])" or "(commit unknown)".
"$bin" --version > "$work/out"; check "--version exits 0" $? 0
grep -Eqx 'schemadelta [0-9]+\.[0-9]+\.[0-9]+ \((git [0-9a-f]{12}(-dirty)?|commit [^)]+)\)' "$work/out"
check "--version names the version and the source ($(cat "$work/out"))" $? 0

# A source tarball: the tree without .git.
mkdir "$work/tarball" && cp -r "$source_dir/cli" "$source_dir/CMakeLists.txt" "$work/tarball/"
[ "$(source_id "$work/tarball")" = "commit unknown" ]; check "a tree without .git says 'commit unknown'" $? 0
# The same tree unpacked inside another repository: that repository's commit is not ours.
if command -v git > /dev/null; then
  git init -q "$work/outer" && git -C "$work/outer" -c user.name=t -c user.email=t@t commit -q --allow-empty -m outer
  mkdir "$work/outer/vendor" && cp -r "$work/tarball" "$work/outer/vendor/schemadelta"
  : > "$work/outer/vendor/schemadelta/.git-is-not-here"
  [ "$(source_id "$work/outer/vendor/schemadelta")" = "commit unknown" ]
  check "a tree inside another repository does not take its commit" $? 0
  # A git tree: its HEAD, and -dirty once a tracked file changes.
  git init -q "$work/repo" && cp -r "$work/tarball/." "$work/repo/" && git -C "$work/repo" add -A &&
    git -C "$work/repo" -c user.name=t -c user.email=t@t commit -q -m one
  head=$(git -C "$work/repo" rev-parse --short=12 HEAD)
  [ "$(source_id "$work/repo")" = "git $head" ]; check "a clean git tree says its commit (git $head)" $? 0
  echo "# changed" >> "$work/repo/CMakeLists.txt"
  [ "$(source_id "$work/repo")" = "git $head-dirty" ]; check "a changed tree says -dirty" $? 0
fi
# A tarball's build told its commit.
[ "$(source_id "$work/tarball" 0123abcd)" = "commit 0123abcd" ]; check "-DSCHEMADELTA_GIT_COMMIT names the commit" $? 0
# Written only when the text changes: a build without changes recompiles nothing.
source_id "$work/tarball" > /dev/null && touch -d '2001-01-01' "$work/version.cpp" && source_id "$work/tarball" > /dev/null
[ "$(stat -c %Y "$work/version.cpp")" = "$(date -d '2001-01-01' +%s)" ]; check "the same text is not rewritten" $? 0

finish
