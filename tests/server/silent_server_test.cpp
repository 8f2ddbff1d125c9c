// A server that accepts TCP connections and never answers: reading it as a live database ends
// with a clear error after the connect timeout, not a hang.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "verify/process.h"

namespace schemadelta::testing {
namespace {

// Listens on a loopback port, accepts, and says nothing.
class SilentServer {
 public:
  SilentServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    EXPECT_EQ(::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    EXPECT_EQ(::listen(listener_, 8), 0);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] {
      while (!stopping_) {
        int client = ::accept(listener_, nullptr, nullptr);
        if (client >= 0) held_.push_back(client);
      }
    });
  }
  ~SilentServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    acceptor_.join();
    for (int client : held_) ::close(client);
  }
  int port() const { return port_; }

 private:
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::vector<int> held_;
  std::thread acceptor_;
};

TEST(SilentServer, ALiveReadGivesUpAfterTheConnectTimeout) {
  SilentServer server;
  const auto started = std::chrono::steady_clock::now();
  verify::ProcessOptions options;
  options.timeout = std::chrono::seconds(60);  // the test's own guard: the product must stop long before
  auto result = verify::run_process({SCHEMADELTA_BINARY, "parse", "--connect-timeout", "2",
                                     "postgresql://ann:pw@127.0.0.1:" + std::to_string(server.port()) + "/app"},
                                    options);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_FALSE(result.timed_out);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_LT(seconds, 30) << "gave up only after " << seconds << " s";
  EXPECT_NE(result.err.find("timeout"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find(":pw@"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace schemadelta::testing
