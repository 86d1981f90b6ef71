#pragma once
#include "core/principal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

namespace concord {
struct Services;
namespace demo {

// Results of earlier steps by the key they were stored under (e.g. a change order), so that a
// later step can name the id and rowVersion a user would have read from the screen.
using Results = QHash<QString, QJsonObject>;

// Compact JSON for the script's tables: rec({{"code", "FG-INFUSION-SET"}, {"qtyPer", "1.8"}}).
QJsonObject rec(std::initializer_list<std::pair<const char *, QJsonValue>> fields);

// A scripted sequence of actions by the demo users, run exactly as the dispatcher runs a signed-in
// user's request: the method's permission, its parameter schema, then its write handler in a
// WriteContext that carries the user's principal (audit rows, events and created_by name the user).
// Signatures go through writeSignature with the signer as principal (the password check is the only
// part left out). Steps are queued first and then submitted together, so the one writer runs them in
// order in as few group-commit transactions as possible: the seed stays fast on the start path.
class DemoScript
{
public:
    using Params = std::function<QJsonObject(const Results &)>;

    explicit DemoScript(Services &services);
    ~DemoScript();

    // Loads the principals (roles, permissions) of the given accounts; false if one is missing.
    bool loadPrincipals(const QStringList &usernames, QString *error);

    // `user` calls the write method `method`; its result is stored under `key` when given.
    void call(const QString &user, const QString &method, const QJsonObject &params, const QString &key = {});
    // The same with parameters computed from earlier results when the step runs.
    void call(const QString &user, const QString &method, Params params, const QString &key = {});
    // `user` signs the change order stored under `orderKey` (its id and rowVersion) with `meaning`.
    void signChangeOrder(const QString &user, const QString &orderKey, const QString &meaning, const QString &reason);

    // Submits every queued step and waits for all of them; false with the first failure.
    bool run(QString *error);
    const Results &results() const { return *m_results; }
    int actionCount() const { return m_done; }

private:
    struct Step
    {
        QString user;
        QString method;
        QString key;
        Params params;
        QString signOrder; // non-empty: a change-order signature (method "signature.sign")
        QString meaning;
        QString reason;
    };
    Services &m_services;
    QHash<QString, Principal> m_principals;
    QList<Step> m_steps;
    // Written only by the writer thread while steps run; read here after run() has waited.
    std::shared_ptr<Results> m_results;
    int m_done = 0;
};

} // namespace demo
} // namespace concord
