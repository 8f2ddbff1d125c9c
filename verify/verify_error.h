#pragma once
// Failures of the throwaway server are reported as exceptions of their own type so
// callers (tests, `schemadelta verify`) can tell "the database tooling broke" apart
// from errors in the schemas being compared.

#include <stdexcept>
#include <string>

namespace schemadelta::verify {

class VerifyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace schemadelta::verify
