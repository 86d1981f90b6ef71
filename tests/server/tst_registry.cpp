// Authorisation walk over the whole method registry (brief 05, Security: "a test walks the method
// registry and proves that each method refuses an unauthenticated caller and a caller without the
// permission"; every denial audited).
//
// The list of methods comes from rpc.discover, i.e. from the same registry that dispatches, so a
// method added later is covered without touching this file.
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
const QString kAnonymous = QStringLiteral("(anonymous)");
const QString kNoPerms = QStringLiteral("no.perms");
const QString kNoPermsPassword = QStringLiteral("Registry-walk-2026");

struct Method
{
    QString name;
    QString permission;
    bool writes = false;
};

// One refusal we caused and expect to find in the audit trail.
struct Refusal
{
    QString username;
    QString method;
    QString code;
    bool operator==(const Refusal &o) const { return username == o.username && method == o.method && code == o.code; }
};
size_t qHash(const Refusal &r, size_t seed = 0) { return qHashMulti(seed, r.username, r.method, r.code); }
} // namespace

class TstRegistry : public QObject
{
    Q_OBJECT

    static QJsonObject p(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

    // Params for a call whose only purpose is to be refused. Authorisation is checked before
    // validation, so {} would do for the dispatcher; signature.sign checks its per-meaning right
    // inside the handler, after validation, so it gets a complete, otherwise well-formed request.
    static QJsonObject refusalParams(const QString &method)
    {
        if (method == QLatin1String("signature.sign"))
            return p({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                      {QStringLiteral("recordId"), QStringLiteral("1")},
                      {QStringLiteral("recordVersion"), 1},
                      {QStringLiteral("meaning"), QStringLiteral("approved")},
                      {QStringLiteral("user"), kNoPerms},
                      {QStringLiteral("password"), kNoPermsPassword}});
        return {};
    }

    static void checkErrorShape(const SyncRpcClient::Response &r, const QString &method)
    {
        QVERIFY2(!r.ok(), qPrintable(method + QStringLiteral(" was not refused")));
        QVERIFY2(!r.error.message.trimmed().isEmpty(), qPrintable(method + QStringLiteral(": refusal without an English message")));
        QVERIFY2(r.error.code == -32001 || r.error.code == -32003, qPrintable(method + QStringLiteral(": JSON-RPC code %1").arg(r.error.code)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void everyMethodRefusesAnonymousAndUnprivilegedCallers()
    {
        TestServer server;
        QVERIFY(server.start());

        // --- The catalogue, fetched anonymously (rpc.discover is public).
        auto anon = server.client();
        QVERIFY(anon);
        const auto discover = anon->call(QStringLiteral("rpc.discover"));
        QVERIFY2(discover.ok(), qPrintable(discover.error.message));
        QList<Method> methods;
        for (const QJsonValue &v : discover.result.value(QStringLiteral("methods")).toArray()) {
            const QJsonObject o = v.toObject();
            Method m{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("permission")).toString(),
                     o.value(QStringLiteral("writes")).toBool()};
            QVERIFY2(!m.name.isEmpty() && !m.permission.isEmpty(), qPrintable(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            QVERIFY2(o.value(QStringLiteral("params")).isObject(), qPrintable(m.name + QStringLiteral(" has no params schema")));
            methods.append(m);
        }
        QVERIFY2(methods.size() >= 30, qPrintable(QStringLiteral("only %1 methods discovered").arg(methods.size())));

        QSet<QString> publicMethods, authenticatedOnly;
        QList<Method> restricted; // methods that name a real permission
        for (const Method &m : std::as_const(methods)) {
            if (m.permission == QLatin1String("public"))
                publicMethods.insert(m.name);
            else if (m.permission == QLatin1String("authenticated"))
                authenticatedOnly.insert(m.name);
            else
                restricted.append(m);
        }
        // Exactly these four need no session; nothing else slipped into the public set.
        QCOMPARE(publicMethods, (QSet<QString>{QStringLiteral("session.hello"), QStringLiteral("auth.login"),
                                               QStringLiteral("auth.resume"), QStringLiteral("rpc.discover")}));
        // Methods open to any signed-in account, whatever its roles. Listed so a new one is a
        // conscious decision (it must also be added here); signature.sign checks per meaning inside.
        QCOMPARE(authenticatedOnly, (QSet<QString>{QStringLiteral("session.ping"), QStringLiteral("auth.logout"),
                                                   QStringLiteral("auth.lock"), QStringLiteral("auth.unlock"),
                                                   QStringLiteral("auth.changePassword"), QStringLiteral("signature.sign"), QStringLiteral("dictionary.get")}));
        // No write without a session; a write open to every signed-in account is self-service
        // (one's own password) or checks its right inside (signature.sign). Everything else names
        // a real permission.
        // Audit by contract (issue 10): every method declares its policy; every writing method
        // records an audit row (the writer refuses one that does not: tst_auditcontract) except the
        // ones listed here with their reason; a method that writes nothing says why.
        QSet<QString> exemptWrites;
        for (const QJsonValue &v : discover.result.value(QStringLiteral("methods")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            const QJsonValue audit = o.value(QStringLiteral("x-audit"));
            const bool records = audit.toString() == QLatin1String("records");
            const QString reason = audit.toObject().value(QStringLiteral("exempt")).toString();
            QVERIFY2(records || reason.size() >= 10, qPrintable(name + QStringLiteral(" declares no audit policy")));
            if (o.value(QStringLiteral("writes")).toBool() && !records)
                exemptWrites.insert(name);
            if (!o.value(QStringLiteral("writes")).toBool() && records)
                QVERIFY2(name.startsWith(QLatin1String("auth.")), qPrintable(name + QStringLiteral(" records but does not write")));
        }
        QCOMPARE(exemptWrites, QSet<QString>{QStringLiteral("events.cursor.set")});
        const QSet<QString> selfService{QStringLiteral("auth.changePassword"), QStringLiteral("signature.sign")};
        for (const Method &m : std::as_const(methods)) {
            if (!m.writes)
                continue;
            QVERIFY2(m.permission != QLatin1String("public"), qPrintable(m.name + QStringLiteral(" writes without a session")));
            if (m.permission == QLatin1String("authenticated"))
                QVERIFY2(selfService.contains(m.name), qPrintable(m.name + QStringLiteral(" writes with no permission named")));
        }

        // --- The public methods work without a session (valid params).
        {
            auto c = server.client();
            const auto hello = c->call(QStringLiteral("session.hello"), p({{QStringLiteral("client"), QStringLiteral("tst_registry")},
                                                                           {QStringLiteral("protocol"), p({{QStringLiteral("major"), 1}})}}));
            QVERIFY2(hello.ok(), qPrintable(hello.error.message));
            QVERIFY(hello.result.contains(QStringLiteral("serverVersion")));
            const auto login = c->login(QStringLiteral("operator"), TestServer::demoPassword());
            QVERIFY2(login.ok(), qPrintable(login.error.message));
            const QString token = login.result.value(QStringLiteral("sessionToken")).toString();
            QVERIFY(!token.isEmpty());
            auto other = server.client();
            const auto resumed = other->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}}));
            QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
            QCOMPARE(resumed.result.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("operator"));
        }

        QList<Refusal> expected;

        // --- (a) Anonymous: every non-public method -> auth.required.
        for (const Method &m : std::as_const(methods)) {
            if (publicMethods.contains(m.name))
                continue;
            const auto r = anon->call(m.name, refusalParams(m.name));
            checkErrorShape(r, m.name);
            QVERIFY2(r.error.dataCode == QLatin1String("auth.required"),
                     qPrintable(QStringLiteral("%1 anonymous: %2 %3").arg(m.name, r.error.dataCode, r.error.message)));
            QCOMPARE(r.error.code, -32001);
            expected.append({kAnonymous, m.name, QStringLiteral("auth.required")});
        }

        // --- A signed-in account without a single role or permission.
        auto admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin);
        const auto created = admin->call(QStringLiteral("user.create"), p({{QStringLiteral("username"), kNoPerms},
                                                                         {QStringLiteral("fullName"), QStringLiteral("No Permissions")},
                                                                         {QStringLiteral("reason"), QStringLiteral("authorisation walk")}}));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(created.result.value(QStringLiteral("user")).toObject().value(QStringLiteral("roles")).toArray().isEmpty());
        const QString temp = created.result.value(QStringLiteral("temporaryPassword")).toString();
        auto bare = server.client();
        const auto first = bare->login(kNoPerms, temp);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.result.value(QStringLiteral("mustChangePassword")).toBool(), true);

        // Before the initial password is changed, everything that needs a permission is refused
        // with auth.password_change_required (and audited).
        for (const Method &m : std::as_const(restricted)) {
            const auto r = bare->call(m.name, refusalParams(m.name));
            checkErrorShape(r, m.name);
            QVERIFY2(r.error.dataCode == QLatin1String("auth.password_change_required"),
                     qPrintable(QStringLiteral("%1 before password change: %2").arg(m.name, r.error.dataCode)));
            expected.append({kNoPerms, m.name, QStringLiteral("auth.password_change_required")});
        }
        const auto changed = bare->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), temp},
                                                                                 {QStringLiteral("newPassword"), kNoPermsPassword}}));
        QVERIFY2(changed.ok(), qPrintable(changed.error.message));
        QVERIFY(bare->call(QStringLiteral("session.ping")).ok());

        // --- (b) No permissions: every method that names a permission -> auth.denied, and the
        // refusal names the permission the registry declares.
        for (const Method &m : std::as_const(restricted)) {
            const auto r = bare->call(m.name, refusalParams(m.name));
            checkErrorShape(r, m.name);
            QVERIFY2(r.error.dataCode == QLatin1String("auth.denied"),
                     qPrintable(QStringLiteral("%1 without permission: %2 %3").arg(m.name, r.error.dataCode, r.error.message)));
            QCOMPARE(r.error.code, -32003);
            QCOMPARE(r.error.args.value(QStringLiteral("permission")).toString(), m.permission);
            QCOMPARE(r.error.args.value(QStringLiteral("method")).toString(), m.name);
            expected.append({kNoPerms, m.name, QStringLiteral("auth.denied")});
        }
        // signature.sign is open to signed-in people in the registry but needs the right for the
        // record type and meaning; that check comes before the password check.
        {
            const auto r = bare->call(QStringLiteral("signature.sign"), refusalParams(QStringLiteral("signature.sign")));
            checkErrorShape(r, QStringLiteral("signature.sign"));
            QCOMPARE(r.error.dataCode, QStringLiteral("auth.denied"));
            QCOMPARE(r.error.args.value(QStringLiteral("permission")).toString(), QStringLiteral("signature:role_change:approved"));
            expected.append({kNoPerms, QStringLiteral("signature.sign"), QStringLiteral("auth.denied")});
        }
        // The remaining "authenticated" methods really are open to a role-less account.
        QVERIFY(bare->call(QStringLiteral("session.ping")).ok());

        // --- (b') Denial is per permission, not "has some role": the shop TV account holds a few
        // permissions; exactly the methods needing anything else are refused.
        QSet<QString> displayPerms;
        {
            const auto roles = admin->call(QStringLiteral("role.list"));
            QVERIFY2(roles.ok(), qPrintable(roles.error.message));
            for (const QJsonValue &v : roles.result.value(QStringLiteral("roles")).toArray())
                if (v.toObject().value(QStringLiteral("name")) == QLatin1String("display"))
                    for (const QJsonValue &perm : v.toObject().value(QStringLiteral("permissions")).toArray())
                        displayPerms.insert(perm.toString());
        }
        QVERIFY(!displayPerms.isEmpty());
        auto tv = server.login(QStringLiteral("tv-line1"));
        QVERIFY(tv);
        int tvDenied = 0, tvAllowed = 0;
        for (const Method &m : std::as_const(restricted)) {
            const auto r = tv->call(m.name, refusalParams(m.name));
            if (displayPerms.contains(m.permission)) {
                // Allowed through authorisation; {} may still fail validation, never authorisation.
                QVERIFY2(!r.error.dataCode.startsWith(QLatin1String("auth.")), qPrintable(m.name + QLatin1Char(' ') + r.error.dataCode));
                ++tvAllowed;
            } else {
                checkErrorShape(r, m.name);
                QVERIFY2(r.error.dataCode == QLatin1String("auth.denied"), qPrintable(m.name + QLatin1Char(' ') + r.error.dataCode));
                QCOMPARE(r.error.args.value(QStringLiteral("permission")).toString(), m.permission);
                expected.append({QStringLiteral("tv-line1"), m.name, QStringLiteral("auth.denied")});
                ++tvDenied;
            }
        }
        QVERIFY(tvAllowed > 0);
        QVERIFY(tvDenied > 0);

        // --- (c) Every refusal left exactly one access.denied audit row: who, which method, why.
        // Denials are acknowledged after their audit row is committed, so the rows are there now.
        QList<QJsonObject> rows;
        qint64 after = 0;
        for (;;) {
            const auto page = admin->call(QStringLiteral("audit.query"), p({{QStringLiteral("action"), QStringLiteral("access.denied")},
                                                                           {QStringLiteral("order"), QStringLiteral("asc")},
                                                                           {QStringLiteral("afterSeq"), after},
                                                                           {QStringLiteral("limit"), 1000}}));
            QVERIFY2(page.ok(), qPrintable(page.error.message));
            const QJsonArray a = page.result.value(QStringLiteral("rows")).toArray();
            for (const QJsonValue &v : a) {
                rows.append(v.toObject());
                after = v.toObject().value(QStringLiteral("seq")).toInteger();
            }
            if (!page.result.value(QStringLiteral("more")).toBool())
                break;
        }
        QHash<Refusal, int> want, got;
        for (const Refusal &r : std::as_const(expected))
            ++want[r];
        for (const QJsonObject &row : std::as_const(rows)) {
            QCOMPARE(row.value(QStringLiteral("recordType")).toString(), QStringLiteral("method"));
            const QJsonArray refusal = row.value(QStringLiteral("changes")).toObject().value(QStringLiteral("refusal")).toArray();
            ++got[{row.value(QStringLiteral("username")).toString(), row.value(QStringLiteral("recordId")).toString(), refusal.at(1).toString()}];
            QVERIFY(!row.value(QStringLiteral("peer")).toString().isEmpty());
        }
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            QVERIFY2(got.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1 / %2 / %3: %4 audit row(s), expected %5")
                                                                     .arg(it.key().username, it.key().method, it.key().code)
                                                                     .arg(got.value(it.key()))
                                                                     .arg(it.value())));
        for (auto it = got.cbegin(); it != got.cend(); ++it)
            QVERIFY2(want.contains(it.key()), qPrintable(QStringLiteral("unexpected access.denied row %1 / %2 / %3")
                                                            .arg(it.key().username, it.key().method, it.key().code)));
        QCOMPARE(rows.size(), expected.size());
        qInfo("%lld methods (%lld need a permission); %lld refusals, each audited once", qint64(methods.size()), qint64(restricted.size()),
              qint64(expected.size()));

        // And the refusals did not break the chain.
        const auto verify = admin->call(QStringLiteral("audit.verify"));
        QVERIFY2(verify.ok(), qPrintable(verify.error.message));
        QCOMPARE(verify.result.value(QStringLiteral("ok")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TstRegistry)
#include "tst_registry.moc"
