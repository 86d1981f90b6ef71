#pragma once
#include <QString>

class QThreadPool;

namespace concord {

struct ServerConfig;
class Database;
class EventHub;
class MethodRegistry;
class ReaderPool;
class SessionManager;
class SignatureService;
class Writer;
class Dispatcher;

// The server's services, built once by Server and handed to each module's register function.
// Plain references to objects Server owns: no singletons, no globals.
struct Services
{
    const ServerConfig &config;
    const Database &database;
    MethodRegistry &registry;
    Writer &writer;
    ReaderPool &readers;
    SessionManager &sessions;
    EventHub &events;
    SignatureService &signatures;
    Dispatcher &dispatcher;
    QThreadPool &crypto; // CPU-heavy work (PBKDF2) off the network and writer threads
    bool demo;
    QString instanceId;
};

} // namespace concord
