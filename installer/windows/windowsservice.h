#pragma once
// Running concord-server as a Windows service. Plain C++ on purpose (no Qt, no <windows.h> here):
// the server's main.cpp decides whether it runs as a service and passes its real main in.
// Link with advapi32 and shell32.
#include <string>

namespace concord::winsvc {

// Runs `serviceMain(argc, argv)` under the Service Control Manager; `requestStop` is called from
// the SCM control handler on SERVICE_CONTROL_STOP/SHUTDOWN and must make serviceMain return.
//
// - serviceMain runs on the thread the SCM starts for the service, not on the process's first
//   thread: it must create its QCoreApplication itself (a normal main() does) and must not rely on
//   state set up by the first thread. argv is UTF-8: the process's command line (the service's
//   registered binary path and arguments) followed by any start parameters given to the SCM.
// - requestStop runs on the control dispatcher thread, may be called more than once, and must be
//   thread-safe and return at once (e.g. QMetaObject::invokeMethod(qApp, &QCoreApplication::quit,
//   Qt::QueuedConnection)).
// - serviceMain's return value is the service's exit code: non-zero is reported as a service-specific
//   error, which makes the SCM apply the restart-on-failure actions set by install().
struct ServiceCallbacks
{
    int (*serviceMain)(int argc, char **argv) = nullptr;
    void (*requestStop)() = nullptr;
};

// runAsService's result when the process was not started by the SCM (a console start): the caller
// can then run in the foreground instead. Equals ERROR_FAILED_SERVICE_CONTROLLER_CONNECT.
inline constexpr int kNotStartedByScm = 1063;

// Registers an auto-start service of its own process, run as the virtual account
// "NT SERVICE\<name>" (least privilege: the installer must grant that account modify rights on the
// data and log directories) with only SeChangeNotifyPrivilege, restarted by the SCM after a failure
// (5 s, 30 s, 60 s; counter reset after a day). `binaryPathWithArgs` is the full command line; a
// path containing spaces must be quoted ("C:\Program Files\Concord\concord-server.exe" --service).
// Needs an elevated process. On failure returns false and puts the reason in *error (if not null).
bool install(const std::wstring &name, const std::wstring &displayName, const std::wstring &binaryPathWithArgs,
             std::string *error);

// Stops the service if it runs (waiting up to 30 s) and deletes it. Needs an elevated process.
bool uninstall(const std::wstring &name, std::string *error);

// Connects to the SCM and runs the service until serviceMain returns; returns the process exit
// code: serviceMain's, kNotStartedByScm for a console start (after a message on stderr), or 1 when
// the dispatcher failed for another reason.
int runAsService(const std::wstring &name, ServiceCallbacks callbacks);

} // namespace concord::winsvc
