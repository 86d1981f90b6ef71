#include "windowsservice.h"

#ifndef _WIN32
#error "windowsservice.cpp is for Windows only"
#endif

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <shellapi.h>

#include <cstdio>
#include <cwchar>
#include <cwctype>
#include <string>
#include <vector>

namespace concord::winsvc {
namespace {

static_assert(kNotStartedByScm == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT);

constexpr DWORD kStartWaitHintMs = 10'000;
constexpr DWORD kStopWaitHintMs = 30'000;
constexpr DWORD kHeartbeatMs = 1'000;
constexpr int kMaxStopBeats = 120; // after ~2 min of STOP_PENDING the SCM may call the service hung
constexpr int kUninstallWaitSteps = 300; // x 100 ms

// --- helpers ----------------------------------------------------------------------------------

std::string toUtf8(const wchar_t *text, int length)
{
    if (length == 0)
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return {};
    std::string out(static_cast<size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), size, nullptr, nullptr);
    return out;
}

std::string toUtf8(const std::wstring &text) { return toUtf8(text.c_str(), static_cast<int>(text.size())); }

std::string systemMessage(DWORD code)
{
    wchar_t *buffer = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, code, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
    std::string text = length > 0 ? toUtf8(buffer, static_cast<int>(length)) : std::string();
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '.'))
        text.pop_back();
    return text + " (Win32 error " + std::to_string(code) + ")";
}

bool fail(std::string *error, const std::string &what)
{
    if (error)
        *error = what;
    return false;
}

bool fail(std::string *error, const char *call, DWORD code) { return fail(error, std::string(call) + ": " + systemMessage(code)); }

class ScHandle
{
public:
    explicit ScHandle(SC_HANDLE handle) : m_handle(handle) {}
    ~ScHandle()
    {
        if (m_handle)
            CloseServiceHandle(m_handle);
    }
    ScHandle(const ScHandle &) = delete;
    ScHandle &operator=(const ScHandle &) = delete;
    SC_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    SC_HANDLE m_handle;
};

// An unquoted path with a space ("C:\Program Files\x.exe") lets Windows try "C:\Program.exe" first.
bool pathIsSafelyQuoted(const std::wstring &commandLine)
{
    if (commandLine.empty())
        return false;
    if (commandLine.front() == L'"')
        return commandLine.find(L'"', 1) != std::wstring::npos;
    std::wstring lower = commandLine;
    for (wchar_t &c : lower)
        c = static_cast<wchar_t>(towlower(c));
    const size_t exe = lower.find(L".exe");
    const std::wstring path = commandLine.substr(0, exe == std::wstring::npos ? commandLine.find(L' ') : exe);
    return path.find(L' ') == std::wstring::npos;
}

bool queryState(SC_HANDLE service, DWORD *state)
{
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    if (!QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&status), sizeof status, &needed))
        return false;
    *state = status.dwCurrentState;
    return true;
}

// --- the running service ----------------------------------------------------------------------
// One service per process (SERVICE_WIN32_OWN_PROCESS), so its state is process-global.

struct RunState
{
    std::wstring name;
    ServiceCallbacks callbacks;
    SERVICE_STATUS_HANDLE handle = nullptr;
    SERVICE_STATUS status{};
    SRWLOCK statusLock = SRWLOCK_INIT; // guards status
    SRWLOCK mainLock = SRWLOCK_INIT;   // guards mainRunning (requestStop only while serviceMain runs)
    bool mainRunning = false;
    HANDLE heartbeatStop = nullptr;
    int exitCode = 1;
};
RunState g;

void reportStatus(DWORD state, DWORD waitHint = 0, int exitCode = 0)
{
    AcquireSRWLockExclusive(&g.statusLock);
    g.status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    g.status.dwCurrentState = state;
    g.status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    g.status.dwWin32ExitCode = exitCode == 0 ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
    g.status.dwServiceSpecificExitCode = static_cast<DWORD>(exitCode);
    g.status.dwWaitHint = waitHint;
    if (state == SERVICE_RUNNING || state == SERVICE_STOPPED)
        g.status.dwCheckPoint = 0;
    else
        ++g.status.dwCheckPoint;
    if (g.handle)
        SetServiceStatus(g.handle, &g.status);
    ReleaseSRWLockExclusive(&g.statusLock);
}

// While starting or stopping, tells the SCM every second that progress is being made.
DWORD WINAPI heartbeat(LPVOID)
{
    int stopBeats = 0;
    while (WaitForSingleObject(g.heartbeatStop, kHeartbeatMs) == WAIT_TIMEOUT) {
        AcquireSRWLockExclusive(&g.statusLock);
        const DWORD state = g.status.dwCurrentState;
        if (state == SERVICE_START_PENDING || (state == SERVICE_STOP_PENDING && ++stopBeats <= kMaxStopBeats)) {
            ++g.status.dwCheckPoint;
            SetServiceStatus(g.handle, &g.status);
        }
        ReleaseSRWLockExclusive(&g.statusLock);
    }
    return 0;
}

DWORD WINAPI controlHandler(DWORD control, DWORD, LPVOID, LPVOID)
{
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
    case SERVICE_CONTROL_PRESHUTDOWN:
        AcquireSRWLockExclusive(&g.mainLock);
        if (g.mainRunning) {
            reportStatus(SERVICE_STOP_PENDING, kStopWaitHintMs);
            g.callbacks.requestStop();
        }
        ReleaseSRWLockExclusive(&g.mainLock);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

// The process's command line, then the start parameters given to the SCM (scmArgv[0] is the name).
std::vector<std::string> serviceArguments(DWORD scmArgc, LPWSTR *scmArgv)
{
    std::vector<std::string> args;
    int count = 0;
    if (LPWSTR *own = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            args.push_back(toUtf8(own[i], static_cast<int>(wcslen(own[i]))));
        LocalFree(own);
    }
    if (args.empty())
        args.push_back(toUtf8(g.name));
    for (DWORD i = 1; i < scmArgc; ++i)
        args.push_back(toUtf8(scmArgv[i], static_cast<int>(wcslen(scmArgv[i]))));
    return args;
}

void WINAPI serviceEntry(DWORD scmArgc, LPWSTR *scmArgv)
{
    g.handle = RegisterServiceCtrlHandlerExW(g.name.c_str(), controlHandler, nullptr);
    if (!g.handle) {
        std::fprintf(stderr, "RegisterServiceCtrlHandlerEx: %s\n", systemMessage(GetLastError()).c_str());
        return;
    }
    reportStatus(SERVICE_START_PENDING, kStartWaitHintMs);
    g.heartbeatStop = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    HANDLE beat = g.heartbeatStop ? CreateThread(nullptr, 0, heartbeat, nullptr, 0, nullptr) : nullptr;

    std::vector<std::string> args = serviceArguments(scmArgc, scmArgv);
    std::vector<char *> argv;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    AcquireSRWLockExclusive(&g.mainLock);
    g.mainRunning = true;
    ReleaseSRWLockExclusive(&g.mainLock);
    reportStatus(SERVICE_RUNNING);

    int code = 1;
    try {
        code = g.callbacks.serviceMain(static_cast<int>(args.size()), argv.data());
    } catch (...) {
        std::fprintf(stderr, "the service's main function ended with an exception\n");
        code = 1;
    }

    AcquireSRWLockExclusive(&g.mainLock);
    g.mainRunning = false;
    ReleaseSRWLockExclusive(&g.mainLock);
    reportStatus(SERVICE_STOP_PENDING, kStopWaitHintMs);
    if (beat) {
        SetEvent(g.heartbeatStop);
        WaitForSingleObject(beat, INFINITE);
        CloseHandle(beat);
    }
    if (g.heartbeatStop)
        CloseHandle(g.heartbeatStop);
    g.heartbeatStop = nullptr;
    g.exitCode = code;
    reportStatus(SERVICE_STOPPED, 0, code); // the SCM may end the process from here on
}

} // namespace

bool install(const std::wstring &name, const std::wstring &displayName, const std::wstring &binaryPathWithArgs,
             std::string *error)
{
    if (name.empty() || binaryPathWithArgs.empty())
        return fail(error, "the service name and binary path must not be empty");
    if (!pathIsSafelyQuoted(binaryPathWithArgs))
        return fail(error, "the binary path contains a space and must be quoted: " + toUtf8(binaryPathWithArgs));

    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE));
    if (!scm)
        return fail(error, "OpenSCManager", GetLastError());

    const std::wstring account = L"NT SERVICE\\" + name;
    ScHandle service(CreateServiceW(scm.get(), name.c_str(), displayName.c_str(), SERVICE_CHANGE_CONFIG | SERVICE_START | DELETE,
                                    SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL,
                                    binaryPathWithArgs.c_str(), nullptr, nullptr, nullptr, account.c_str(), nullptr));
    if (!service) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_EXISTS)
            return fail(error, "the service " + toUtf8(name) + " is already installed");
        return fail(error, "CreateService", code);
    }

    std::wstring description = displayName;
    SERVICE_DESCRIPTIONW descriptionInfo{};
    descriptionInfo.lpDescription = description.data();

    SC_ACTION actions[3] = {{SC_ACTION_RESTART, 5'000}, {SC_ACTION_RESTART, 30'000}, {SC_ACTION_RESTART, 60'000}};
    SERVICE_FAILURE_ACTIONSW failureActions{};
    failureActions.dwResetPeriod = 24 * 60 * 60;
    failureActions.cActions = 3;
    failureActions.lpsaActions = actions;

    SERVICE_FAILURE_ACTIONS_FLAG failureFlag{};
    failureFlag.fFailureActionsOnNonCrashFailures = TRUE; // a non-zero exit code counts as a failure

    SERVICE_SID_INFO sidInfo{};
    sidInfo.dwServiceSidType = SERVICE_SID_TYPE_UNRESTRICTED;

    wchar_t privileges[] = L"SeChangeNotifyPrivilege\0"; // a multi-string: ends with two NULs
    SERVICE_REQUIRED_PRIVILEGES_INFOW privilegeInfo{};
    privilegeInfo.pmszRequiredPrivileges = privileges;

    struct Step
    {
        DWORD level;
        void *info;
        const char *what;
        bool hardening; // skipped where the level does not exist at all (Wine); every Windows since Vista has it
    };
    const Step steps[] = {
        {SERVICE_CONFIG_DESCRIPTION, &descriptionInfo, "ChangeServiceConfig2 (description)", false},
        {SERVICE_CONFIG_FAILURE_ACTIONS, &failureActions, "ChangeServiceConfig2 (failure actions)", false},
        {SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, &failureFlag, "ChangeServiceConfig2 (failure actions flag)", true},
        {SERVICE_CONFIG_SERVICE_SID_INFO, &sidInfo, "ChangeServiceConfig2 (service SID)", true},
        {SERVICE_CONFIG_REQUIRED_PRIVILEGES_INFO, &privilegeInfo, "ChangeServiceConfig2 (required privileges)", true},
    };
    for (const Step &step : steps) {
        if (!ChangeServiceConfig2W(service.get(), step.level, step.info)) {
            const DWORD code = GetLastError();
            if (step.hardening && code == ERROR_INVALID_LEVEL)
                continue;
            DeleteService(service.get()); // do not leave a half-configured service behind
            return fail(error, step.what, code);
        }
    }
    return true;
}

bool uninstall(const std::wstring &name, std::string *error)
{
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm)
        return fail(error, "OpenSCManager", GetLastError());
    ScHandle service(OpenServiceW(scm.get(), name.c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS | DELETE));
    if (!service) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_DOES_NOT_EXIST)
            return fail(error, "the service " + toUtf8(name) + " is not installed");
        return fail(error, "OpenService", code);
    }

    bool stopped = true;
    DWORD state = SERVICE_STOPPED;
    if (queryState(service.get(), &state) && state != SERVICE_STOPPED) {
        if (state != SERVICE_STOP_PENDING) {
            SERVICE_STATUS status{};
            if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &status)) {
                const DWORD code = GetLastError();
                if (code != ERROR_SERVICE_NOT_ACTIVE)
                    return fail(error, "ControlService (stop)", code);
            }
        }
        stopped = false;
        for (int i = 0; i < kUninstallWaitSteps && !stopped; ++i) {
            Sleep(100);
            stopped = !queryState(service.get(), &state) || state == SERVICE_STOPPED;
        }
    }

    if (!DeleteService(service.get())) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_MARKED_FOR_DELETE)
            return fail(error, "the service " + toUtf8(name) + " is already marked for deletion");
        return fail(error, "DeleteService", code);
    }
    if (!stopped)
        return fail(error, "the service " + toUtf8(name) + " did not stop within 30 s; it is deleted once it stops");
    return true;
}

int runAsService(const std::wstring &name, ServiceCallbacks callbacks)
{
    if (!callbacks.serviceMain || !callbacks.requestStop) {
        std::fprintf(stderr, "runAsService: serviceMain and requestStop are required\n");
        return 1;
    }
    g.name = name;
    g.callbacks = callbacks;
    g.exitCode = 1;

    SERVICE_TABLE_ENTRYW table[] = {{g.name.data(), serviceEntry}, {nullptr, nullptr}};
    if (!StartServiceCtrlDispatcherW(table)) {
        const DWORD code = GetLastError();
        if (code == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT) {
            std::fprintf(stderr,
                         "%s was not started by the Service Control Manager: start it as a service (sc start %s) "
                         "or run the server in the foreground from a console\n",
                         toUtf8(name).c_str(), toUtf8(name).c_str());
            return kNotStartedByScm;
        }
        std::fprintf(stderr, "StartServiceCtrlDispatcher: %s\n", systemMessage(code).c_str());
        return 1;
    }
    return g.exitCode;
}

} // namespace concord::winsvc
