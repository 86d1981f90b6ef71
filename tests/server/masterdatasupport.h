#pragma once
// Shared helpers of the master-data suites (issue 4): tst_masterdata.cpp (data rules, coding
// rules), tst_changecontrol.cpp (change orders, versions in force, pins) and tst_dictionary.cpp.
// Every test makes its own data with codes starting "TS-" so that it neither depends on nor
// collides with the demo plant's master data.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

namespace concord::test::md {

inline QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

inline QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

inline QString nowIso(qint64 plusMs = 0)
{
    return QDateTime::currentDateTimeUtc().addMSecs(plusMs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// The whole database as rows per table (sorted). user_session.last_seen_at is masked: the server
// persists session activity at most once a minute whatever the request (SessionManager), so a
// refused call may coincide with that write; every other column of every table must stay equal.
struct DbState
{
    QByteArray digest;
    QMap<QString, QStringList> tables;
};

inline DbState dbState(const TestServer &server)
{
    DbState s;
    s.digest = server.databaseDigest();
    const QString name = QStringLiteral("md-state-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = server.openDirect(name);
        QSqlQuery q(db);
        q.exec(server.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        for (const QString &t : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(t));
            QStringList &list = s.tables[t];
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << ((t == QLatin1String("user_session") && rows.record().fieldName(i) == QLatin1String("last_seen_at"))
                                  ? QStringLiteral("*")
                                  : rows.value(i).toString());
                list << cells.join(QLatin1Char('|'));
            }
            list.sort();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

// Empty when nothing but session activity changed since `before`; else which rows changed.
inline QString unchangedSince(const TestServer &server, const DbState &before, const QString &what)
{
    const DbState after = dbState(server);
    if (after.digest == before.digest || after.tables == before.tables)
        return {};
    QStringList changed;
    for (auto it = after.tables.cbegin(); it != after.tables.cend(); ++it) {
        const QStringList old = before.tables.value(it.key());
        if (old == it.value())
            continue;
        QStringList added, removed;
        for (const QString &r : it.value())
            if (!old.contains(r))
                added << r.left(160);
        for (const QString &r : old)
            if (!it.value().contains(r))
                removed << r.left(160);
        changed << QStringLiteral("%1 (+%2: %3 / -%4: %5)").arg(it.key()).arg(added.size()).arg(added.mid(0, 2).join(QStringLiteral(" ; ")))
                       .arg(removed.size()).arg(removed.mid(0, 2).join(QStringLiteral(" ; ")));
    }
    return QStringLiteral("the database changed after the refused %1: %2").arg(what, changed.join(QStringLiteral("; ")));
}

struct Refusal
{
    SyncRpcClient::Response r;
    QString problem; // empty when the call was refused with the expected code and changed nothing
};

// Calls `method` and expects the refusal `code` (a well-formed error) with the database unchanged.
inline Refusal refuse(const TestServer &server, SyncRpcClient &c, const QString &method, const QJsonObject &params, const QString &code)
{
    Refusal out;
    const DbState before = dbState(server);
    out.r = c.call(method, params);
    const QString what = method + QLatin1Char(' ') + compact(params).left(160);
    if (out.r.ok())
        out.problem = QStringLiteral("%1 was accepted (expected %2): %3").arg(what, code, compact(out.r.result).left(300));
    else if (out.r.error.dataCode != code)
        out.problem = QStringLiteral("%1: expected %2, got %3 (%4)").arg(what, code, out.r.error.dataCode, out.r.error.message);
    else if (out.r.error.message.trimmed().size() < 5 || out.r.error.code >= 0)
        out.problem = QStringLiteral("%1: %2 without an English message or with JSON-RPC code %3").arg(what, code).arg(out.r.error.code);
    else if (code == QLatin1String("validation.failed") && out.r.error.details.isEmpty())
        out.problem = QStringLiteral("%1: validation.failed without details").arg(what);
    if (out.problem.isEmpty())
        out.problem = unchangedSince(server, before, what);
    return out;
}

// The code of the validation detail naming `field` ("" if none does), with every detail listed on
// failure so that a wrong path is easy to see.
inline QString detailCode(const SyncRpcClient::Response &r, const QString &field)
{
    for (const FieldError &f : r.error.details)
        if (f.field == field)
            return f.code;
    QStringList have;
    for (const FieldError &f : r.error.details)
        have << f.field + QLatin1Char('=') + f.code;
    qWarning().noquote() << "no detail for" << field << "- details:" << have.join(QStringLiteral(", "));
    return {};
}

} // namespace concord::test::md

// Declares `var` (a Refusal) and fails the test unless the call was refused with `code` and the
// database is unchanged.
#define REFUSE(var, client, method, params, code)                                                                                          \
    const concord::test::md::Refusal var = concord::test::md::refuse(srv(), (client), QStringLiteral(method), (params), QStringLiteral(code)); \
    QVERIFY2(var.problem.isEmpty(), qPrintable(var.problem))

#define CALL_OK(var, client, method, params)                                                                                               \
    const SyncRpcClient::Response var = (client).call(QStringLiteral(method), (params));                                                    \
    QVERIFY2(var.ok(), qPrintable(QStringLiteral(method ": ") + var.error.dataCode + QStringLiteral(" ") + var.error.message +            \
                                  QStringLiteral(" ") + concord::test::md::compact(var.error.args)))

namespace concord::test::md {

// An account as an IT administrator sets one up: `admin` creates it with `roles`, `approver` (a
// second person, or the administrator while nobody else can approve) signs the role change, and
// the new user signs in with the temporary password and sets their own.
inline std::unique_ptr<SyncRpcClient> makeUser(const TestServer &server, SyncRpcClient &admin, SyncRpcClient &approver, const QString &approverName,
                                        const QString &approverPassword, const QString &username, const QStringList &roles, const QString &password, QString *problem)
{
    const auto created = admin.call(QStringLiteral("user.create"), o({{QStringLiteral("username"), username},
                                                                      {QStringLiteral("fullName"), QStringLiteral("User ") + username},
                                                                      {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                                                      {QStringLiteral("reason"), QStringLiteral("test set-up")}}));
    if (!created.ok()) {
        *problem = QStringLiteral("user.create %1: %2").arg(username, created.error.message);
        return nullptr;
    }
    if (!roles.isEmpty()) {
        const auto s = approver.call(QStringLiteral("signature.sign"),
                                     o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                                        {QStringLiteral("recordId"), QString::number(created.result.value(QStringLiteral("roleChangeId")).toInteger())},
                                        {QStringLiteral("recordVersion"), 1},
                                        {QStringLiteral("meaning"), QStringLiteral("approved")},
                                        {QStringLiteral("user"), approverName},
                                        {QStringLiteral("password"), approverPassword}}));
        if (!s.ok()) {
            *problem = QStringLiteral("role change of %1: %2").arg(username, s.error.message);
            return nullptr;
        }
    }
    auto c = server.client();
    const QString temp = created.result.value(QStringLiteral("temporaryPassword")).toString();
    if (!c || !c->login(username, temp).ok()) {
        *problem = QStringLiteral("first login of ") + username;
        return nullptr;
    }
    const auto changed = c->call(QStringLiteral("auth.changePassword"), o({{QStringLiteral("oldPassword"), temp}, {QStringLiteral("newPassword"), password}}));
    if (!changed.ok()) {
        *problem = QStringLiteral("auth.changePassword of %1: %2").arg(username, changed.error.message);
        return nullptr;
    }
    return c;
}

// One running server and the demo users the suites sign in as, plus helpers that build master data
// through the API exactly as a client would.
class MasterDataFixture
{
protected:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncRpcClient> engineer, qa, qa2, manager, planner, admin;

    TestServer &srv() { return *m_server; }

    bool startFixture()
    {
        m_server = std::make_unique<TestServer>();
        if (!m_server->start())
            return false;
        return loginAll();
    }

    bool loginAll()
    {
        engineer = srv().login(QStringLiteral("engineer"));
        qa = srv().login(QStringLiteral("qa"));
        qa2 = srv().login(QStringLiteral("qa2"));
        manager = srv().login(QStringLiteral("manager"));
        planner = srv().login(QStringLiteral("planner"));
        admin = srv().login(QStringLiteral("admin"));
        return engineer && qa && qa2 && manager && planner && admin;
    }

    static QJsonObject material(const QString &code, const QString &type, const QString &unit, const QString &name = QString())
    {
        return o({{QStringLiteral("code"), code},
                  {QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Test material ") + code : name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("tracking"), QStringLiteral("lot")}});
    }

    static QJsonObject line(int position, const QString &component, const QString &qty, const QString &unit)
    {
        return o({{QStringLiteral("position"), position},
                  {QStringLiteral("component"), component},
                  {QStringLiteral("qtyPer"), qty},
                  {QStringLiteral("unit"), unit}});
    }

    static QJsonObject bom(const QString &code, const QJsonArray &lines)
    {
        return o({{QStringLiteral("code"), code}, {QStringLiteral("baseQuantity"), QStringLiteral("1")}, {QStringLiteral("lines"), lines}});
    }

    // A routing with one sealing operation on `workCentre` and one parameter with the given limits.
    static QJsonObject routing(const QString &code, const QString &material, const QString &workCentre, const QString &minimum,
                               const QString &target, const QString &maximum)
    {
        return o({{QStringLiteral("code"), code},
                  {QStringLiteral("name"), QStringLiteral("Seal pouch")},
                  {QStringLiteral("material"), material},
                  {QStringLiteral("operations"), QJsonArray{o({{QStringLiteral("seq"), 10},
                                                               {QStringLiteral("name"), QStringLiteral("Seal")},
                                                               {QStringLiteral("workCentre"), workCentre},
                                                               {QStringLiteral("runMinutes"), QStringLiteral("0.5")},
                                                               {QStringLiteral("inspectionPoint"), true}})}},
                  {QStringLiteral("parameters"), QJsonArray{o({{QStringLiteral("operation"), 10},
                                                               {QStringLiteral("name"), QStringLiteral("Seal temperature")},
                                                               {QStringLiteral("minimum"), minimum},
                                                               {QStringLiteral("target"), target},
                                                               {QStringLiteral("maximum"), maximum},
                                                               {QStringLiteral("unit"), QStringLiteral("°C")}})}}});
    }

    // Creates a site and a work centre under it (equipment, plain master data).
    QString makeWorkCentre(const QString &code)
    {
        const QString site = code + QStringLiteral("-SITE");
        const auto s = engineer->call(QStringLiteral("equipment.create"),
                                      o({{QStringLiteral("data"), o({{QStringLiteral("code"), site}, {QStringLiteral("name"), QStringLiteral("Test site")},
                                                                     {QStringLiteral("level"), QStringLiteral("site")}})}}));
        if (!s.ok())
            return QStringLiteral("equipment.create site: ") + s.error.message;
        const auto wc = engineer->call(QStringLiteral("equipment.create"),
                                       o({{QStringLiteral("data"), o({{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Test sealer")},
                                                                      {QStringLiteral("level"), QStringLiteral("work_centre")},
                                                                      {QStringLiteral("parent"), site}})}}));
        return wc.ok() ? QString() : QStringLiteral("equipment.create work centre: ") + wc.error.message;
    }

    // signature.sign of a change order with every component (user ID and password).
    static QJsonObject signParams(qint64 order, int rowVersion, const QString &meaning, const QString &user)
    {
        return o({{QStringLiteral("recordType"), QStringLiteral("change_order")},
                  {QStringLiteral("recordId"), QString::number(order)},
                  {QStringLiteral("recordVersion"), rowVersion},
                  {QStringLiteral("meaning"), meaning},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("password"), TestServer::demoPassword()}});
    }

    static SyncRpcClient::Response sign(SyncRpcClient &c, qint64 order, int rowVersion, const QString &meaning, const QString &user)
    {
        return c.call(QStringLiteral("signature.sign"), signParams(order, rowVersion, meaning, user));
    }

    QJsonObject eco(qint64 id) { return qa->call(QStringLiteral("eco.get"), o({{QStringLiteral("id"), id}})).result; }
    static qint64 idOf(const QJsonObject &order) { return order.value(QStringLiteral("id")).toInteger(); }
    static int rvOf(const QJsonObject &order) { return order.value(QStringLiteral("rowVersion")).toInt(); }

    // qa writes a change order with the open drafts of `items` ({entity, code}) and submits it.
    // Returns the submitted order ({} with *problem set on failure).
    QJsonObject submitOrder(const QList<QPair<QString, QString>> &items, const QString &changeClass, QString *problem,
                            const QString &effectiveFrom = QString())
    {
        auto fail = [problem](const QString &step, const SyncRpcClient::Response &r) {
            *problem = QStringLiteral("%1: %2 %3 %4").arg(step, r.error.dataCode, r.error.message, compact(r.error.args));
            return QJsonObject();
        };
        const auto created = qa->call(QStringLiteral("eco.create"), o({{QStringLiteral("changeClass"), changeClass},
                                                                      {QStringLiteral("title"), QStringLiteral("Test change")},
                                                                      {QStringLiteral("reason"), QStringLiteral("tst: controlled change")}}));
        if (!created.ok())
            return fail(QStringLiteral("eco.create"), created);
        QJsonObject order = created.result;
        for (const auto &item : items) {
            QJsonObject p = o({{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                               {QStringLiteral("rowVersion"), order.value(QStringLiteral("rowVersion"))},
                               {QStringLiteral("entity"), item.first},
                               {QStringLiteral("code"), item.second}});
            if (!effectiveFrom.isEmpty())
                p.insert(QStringLiteral("effectiveFrom"), effectiveFrom);
            const auto added = qa->call(QStringLiteral("eco.addItem"), p);
            if (!added.ok())
                return fail(QStringLiteral("eco.addItem ") + item.second, added);
            order = added.result;
        }
        const auto submitted = qa->call(QStringLiteral("eco.submit"), o({{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                                                                        {QStringLiteral("rowVersion"), order.value(QStringLiteral("rowVersion"))}}));
        if (!submitted.ok())
            return fail(QStringLiteral("eco.submit"), submitted);
        problem->clear();
        return submitted.result;
    }

    // Takes the open drafts of `items` through a minor change order (written by qa, approved by the
    // manager). Returns the approved order, or {} with *problem set.
    QJsonObject approveDrafts(const QList<QPair<QString, QString>> &items, QString *problem)
    {
        const QJsonObject order = submitOrder(items, QStringLiteral("minor"), problem);
        if (!problem->isEmpty())
            return {};
        const auto s = sign(*manager, order.value(QStringLiteral("id")).toInteger(), order.value(QStringLiteral("rowVersion")).toInt(),
                            QStringLiteral("approved"), QStringLiteral("manager"));
        if (!s.ok()) {
            *problem = QStringLiteral("signature.sign approved: %1 %2").arg(s.error.dataCode, s.error.message);
            return {};
        }
        return eco(order.value(QStringLiteral("id")).toInteger());
    }
};

} // namespace concord::test::md
