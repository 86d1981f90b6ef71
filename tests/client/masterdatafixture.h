#pragma once
// Shared by the master-data UI tests: a small product built through the API with codes of its own
// (so that it never collides with the demo plant), and approval of drafts through a change order
// signed by QA — the only way a version takes effect.
#include "core/syncrpcclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QtTest>

namespace concord::test {

class MasterDataFixture
{
public:
    // `engineer` authors, `qa` signs (both signed in; qa with the signing right).
    MasterDataFixture(SyncRpcClient *engineer, SyncRpcClient *qa) : m_engineer(engineer), m_qa(qa) {}

    QJsonObject call(SyncRpcClient *client, const QString &method, const QJsonObject &params)
    {
        const auto r = client->call(method, params);
        if (!r.ok()) {
            qWarning() << method << "refused:" << r.error.dataCode << r.error.message;
            m_failed = true;
        }
        return r.result;
    }
    QJsonObject engineer(const QString &method, const QJsonObject &params)
    {
        return call(m_engineer, method, params);
    }
    bool failed() const { return m_failed; }

    // Puts the drafts on a change order of class `changeClass`, submits it and signs every step as QA.
    void approve(const QList<QPair<QString, QString>> &items,
                 const QString &changeClass = QStringLiteral("minor"))
    {
        QJsonObject order =
            engineer(QStringLiteral("eco.create"), {{QStringLiteral("changeClass"), changeClass},
                                                    {QStringLiteral("title"), QStringLiteral("Fixture")},
                                                    {QStringLiteral("reason"), QStringLiteral("Test data")}});
        for (const auto &[entity, code] : items)
            order = engineer(QStringLiteral("eco.addItem"),
                             {{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                              {QStringLiteral("rowVersion"), order.value(QStringLiteral("rowVersion"))},
                              {QStringLiteral("entity"), entity},
                              {QStringLiteral("code"), code}});
        order = engineer(QStringLiteral("eco.submit"),
                         {{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                          {QStringLiteral("rowVersion"), order.value(QStringLiteral("rowVersion"))}});
        for (const QJsonValue &step : order.value(QStringLiteral("steps")).toArray())
            call(
                m_qa, QStringLiteral("signature.sign"),
                {{QStringLiteral("recordType"), QStringLiteral("change_order")},
                 {QStringLiteral("recordId"), QString::number(order.value(QStringLiteral("id")).toInteger())},
                 {QStringLiteral("recordVersion"), order.value(QStringLiteral("rowVersion"))},
                 {QStringLiteral("meaning"), step.toString()},
                 {QStringLiteral("user"), QStringLiteral("qa")},
                 {QStringLiteral("password"), QStringLiteral("Demo#2026plant")}});
    }

    // Work centres and the materials of a small infusion set (prefix e.g. "T1"), each approved; the
    // drip chamber is made from a moulded body which is made from resin, both BOMs approved; the
    // set's own BOM and a routing for it are left as drafts.
    void buildProduct(const QString &p)
    {
        const auto code = [&p](const char *kind, const char *name) {
            return QStringLiteral("%1-%2-%3").arg(QLatin1String(kind), p, QLatin1String(name));
        };
        engineer(QStringLiteral("equipment.create"),
                 {{QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), QStringLiteral("SITE-") + p},
                                                       {QStringLiteral("name"), QStringLiteral("Test plant")},
                                                       {QStringLiteral("level"), QStringLiteral("site")}}}});
        for (const auto &[wc, name] : QList<QPair<QString, QString>>{
                 {QStringLiteral("WC-UV-") + p, QStringLiteral("UV curing station")},
                 {QStringLiteral("WC-SEAL-") + p, QStringLiteral("Pouch sealer")}})
            engineer(QStringLiteral("equipment.create"),
                     {{QStringLiteral("data"),
                       QJsonObject{{QStringLiteral("code"), wc},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("level"), QStringLiteral("work_centre")},
                                   {QStringLiteral("parent"), QStringLiteral("SITE-") + p}}}});
        struct M
        {
            QString code;
            const char *name;
            const char *type;
            const char *unit;
        };
        const QList<M> materials{{code("FG", "SET"), "Infusion set", "finished", "pcs"},
                                 {code("SF", "CHAMBER"), "Drip chamber", "semi_finished", "pcs"},
                                 {code("SF", "BODY"), "Moulded chamber body", "semi_finished", "pcs"},
                                 {code("RM", "RESIN"), "Medical-grade resin", "raw", "kg"},
                                 {code("RM", "TUBE"), "PVC tubing", "raw", "m"},
                                 {code("PK", "POUCH"), "Tyvek pouch", "packaging", "pcs"}};
        QList<QPair<QString, QString>> items;
        for (const M &m : materials) {
            engineer(
                QStringLiteral("material.create"),
                {{QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), m.code},
                                                      {QStringLiteral("name"), QLatin1String(m.name)},
                                                      {QStringLiteral("type"), QLatin1String(m.type)},
                                                      {QStringLiteral("unit"), QLatin1String(m.unit)},
                                                      {QStringLiteral("tracking"), QStringLiteral("lot")}}}});
            items.append({QStringLiteral("material"), m.code});
        }
        bom(code("SF", "BODY"), {line(1, code("RM", "RESIN"), QStringLiteral("12"), QStringLiteral("g"))});
        bom(code("SF", "CHAMBER"),
            {line(10, code("SF", "BODY"), QStringLiteral("1"), QStringLiteral("pcs"))});
        items.append({QStringLiteral("bom"), code("SF", "BODY")});
        items.append({QStringLiteral("bom"), code("SF", "CHAMBER")});
        approve(items);
        bom(code("FG", "SET"),
            {line(10, code("SF", "CHAMBER"), QStringLiteral("1"), QStringLiteral("pcs")),
             line(20, code("RM", "TUBE"), QStringLiteral("1.5"), QStringLiteral("m"), QStringLiteral("0.02")),
             line(30, code("PK", "POUCH"), QStringLiteral("1"), QStringLiteral("pcs"))});
        engineer(QStringLiteral("routing.create"), {{QStringLiteral("data"), routing(p)}});
    }

    static QJsonObject line(int position, const QString &component, const QString &qty, const QString &unit,
                            const QString &scrap = QStringLiteral("0"))
    {
        return {{QStringLiteral("position"), position},
                {QStringLiteral("component"), component},
                {QStringLiteral("qtyPer"), qty},
                {QStringLiteral("unit"), unit},
                {QStringLiteral("scrapFactor"), scrap}};
    }

    void bom(const QString &code, const QJsonArray &lines)
    {
        engineer(QStringLiteral("bom.create"),
                 {{QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("baseQuantity"), QStringLiteral("1")},
                                                       {QStringLiteral("lines"), lines}}}});
    }

    static QJsonObject routing(const QString &p)
    {
        const auto op = [](int seq, const char *name, const QString &wc) {
            return QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("workCentre"), wc},
                               {QStringLiteral("setupMinutes"), QStringLiteral("15")},
                               {QStringLiteral("runMinutes"), QStringLiteral("0.5")}};
        };
        const auto param = [](int operation, const char *name, const char *lo, const char *target,
                              const char *hi, const char *unit) {
            return QJsonObject{{QStringLiteral("operation"), operation},
                               {QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("minimum"), QLatin1String(lo)},
                               {QStringLiteral("target"), QLatin1String(target)},
                               {QStringLiteral("maximum"), QLatin1String(hi)},
                               {QStringLiteral("unit"), QString::fromUtf8(unit)}};
        };
        return {{QStringLiteral("code"), QStringLiteral("RT-%1-SET").arg(p)},
                {QStringLiteral("name"), QStringLiteral("Infusion set assembly")},
                {QStringLiteral("material"), QStringLiteral("FG-%1-SET").arg(p)},
                {QStringLiteral("operations"),
                 QJsonArray{op(10, "UV bonding", QStringLiteral("WC-UV-") + p),
                            op(20, "Pouch sealing", QStringLiteral("WC-SEAL-") + p)}},
                {QStringLiteral("parameters"),
                 QJsonArray{param(10, "UV dose", "1.8", "2", "2.4", "J/cm2"),
                            param(20, "Seal temperature", "170", "180", "200", "°C"),
                            param(20, "Seal pressure", "300", "350", "400", "kPa")}}};
    }

private:
    SyncRpcClient *m_engineer = nullptr;
    SyncRpcClient *m_qa = nullptr;
    bool m_failed = false;
};

} // namespace concord::test
