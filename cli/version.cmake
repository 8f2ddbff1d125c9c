# Writes version.cpp: what --version says about the source the binary is built from. Run at every
# build (cmake -P), so the commit follows the tree without a new configure; the file is rewritten
# only when its text changes, so nothing recompiles otherwise.
#   -DSOURCE_DIR=... -DTEMPLATE=.../version.cpp.in -DOUTPUT=.../version.cpp [-DGIT_COMMIT=...]
# The source, said honestly:
#   GIT_COMMIT given (a release tarball knows its commit):  "commit <GIT_COMMIT>"
#   SOURCE_DIR is the top of a git work tree:              "git <12 hex>" (+ "-dirty" with changes)
#   otherwise (a tarball without .git, or a tree copied    "commit unknown"
#   into some other repository, whose commit is not ours):
foreach(required SOURCE_DIR TEMPLATE OUTPUT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "version.cmake: ${required} is required")
  endif()
endforeach()

set(SCHEMADELTA_SOURCE_ID "commit unknown")
if(GIT_COMMIT)
  set(SCHEMADELTA_SOURCE_ID "commit ${GIT_COMMIT}")
elseif(EXISTS "${SOURCE_DIR}/.git")
  find_program(GIT_PROGRAM git)
  if(GIT_PROGRAM)
    execute_process(COMMAND "${GIT_PROGRAM}" -C "${SOURCE_DIR}" rev-parse --show-toplevel --short=12 HEAD
                    OUTPUT_VARIABLE git_out RESULT_VARIABLE git_status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REPLACE "\n" ";" git_lines "${git_out}")
    list(LENGTH git_lines git_count)
    if(git_status EQUAL 0 AND git_count EQUAL 2)
      list(GET git_lines 0 top)
      list(GET git_lines 1 commit)
      file(REAL_PATH "${top}" top)
      file(REAL_PATH "${SOURCE_DIR}" source)
      if(top STREQUAL source AND commit MATCHES "^[0-9a-f]+$")
        # Tracked files changed since the commit: the binary is not that commit's.
        execute_process(COMMAND "${GIT_PROGRAM}" -C "${SOURCE_DIR}" diff-index --quiet HEAD --
                        RESULT_VARIABLE dirty ERROR_QUIET)
        set(SCHEMADELTA_SOURCE_ID "git ${commit}")
        if(NOT dirty EQUAL 0)
          string(APPEND SCHEMADELTA_SOURCE_ID "-dirty")
        endif()
      endif()
    endif()
  endif()
endif()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
