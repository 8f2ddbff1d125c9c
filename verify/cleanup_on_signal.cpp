#include "verify/cleanup_on_signal.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>

#include "verify/throwaway_server.h"

namespace schemadelta::verify {

namespace {

std::atomic<ThrowawayServer*> registered{nullptr};
volatile sig_atomic_t pending = 0;  // a signal that came while a server was still starting

void stop_and_exit(ThrowawayServer* server, int signal_number) {
  // Not async-signal-safe in the strict sense (it runs pg_ctl and removes files), but the main
  // thread is at most waiting on a child, and leaving a server behind is the worse outcome.
  if (server) server->~ThrowawayServer();
  ::_exit(128 + signal_number);
}

void on_signal(int signal_number) {
  if (ThrowawayServer* server = registered.exchange(nullptr)) stop_and_exit(server, signal_number);
  pending = signal_number;  // the server being started is registered next: it stops then
}

}  // namespace

void stop_on_signal(ThrowawayServer* server) {
  static bool installed = false;
  registered = server;
  if (pending && server) stop_and_exit(registered.exchange(nullptr), pending);
  if (installed) return;
  installed = true;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
}

}  // namespace schemadelta::verify
