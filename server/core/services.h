#pragma once
#include <QString>

namespace concord {

class CryptoPool;
class SignInGate;
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
    CryptoPool &crypto; // CPU-heavy work (PBKDF2) off the network and writer threads, in two lanes
    SignInGate &signIns; // how many sign-in password checks a connection / an address may have open
    bool demo;
    QString instanceId;
};

} // namespace concord
