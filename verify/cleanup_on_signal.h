#pragma once
// A throwaway server must not outlive its command: on SIGINT, SIGTERM or SIGHUP the registered
// server is stopped and its folder removed before the process exits (status 128 + signal).
namespace schemadelta::verify {

class ThrowawayServer;

// Registers `server` (nullptr: none); installs the handlers on first use. Call it with nullptr
// before starting a server: a signal during the start is held until the server is registered,
// which then stops it and exits.
void stop_on_signal(ThrowawayServer* server);

}  // namespace schemadelta::verify
