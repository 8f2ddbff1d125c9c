#include "verify/cleanup_on_signal.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>

#include "verify/throwaway_server.h"

namespace schemadelta::verify {

namespace {

std::atomic<ThrowawayServer*> registered{nullptr};

void on_signal(int signal_number) {
  // Not async-signal-safe in the strict sense (it runs pg_ctl and removes files), but the main
  // thread is at most waiting on a child, and leaving a server behind is the worse outcome.
  if (ThrowawayServer* server = registered.exchange(nullptr)) server->~ThrowawayServer();
  ::_exit(128 + signal_number);
}

}  // namespace

void stop_on_signal(ThrowawayServer* server) {
  static bool installed = false;
  registered = server;
  if (installed) return;
  installed = true;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
}

}  // namespace schemadelta::verify
