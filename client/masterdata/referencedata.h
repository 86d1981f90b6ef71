#pragma once
#include "protocol/rpcerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The master data an editor picks from: materials (code, name, unit), units of measure with their
// dimension, work centres (equipment of level work_centre) and which materials have a BOM. Loaded
// once with the list methods when the session is usable; the editors only read it.
class ReferenceData : public QObject
{
    Q_OBJECT
public:
    enum Kind { Materials = 1, Units = 2, WorkCentres = 4, Boms = 8 };
    ReferenceData(RpcClient *client, int kinds, QObject *parent = nullptr);

    bool isLoaded() const { return m_pending == 0 && m_started; }

    QList<QJsonObject> materials() const { return m_materials; } // by code
    QJsonObject material(const QString &code) const { return m_materialByCode.value(code); }
    QString materialName(const QString &code) const;

    QJsonObject unit(const QString &code) const { return m_unitByCode.value(code); }
    QString dimensionOf(const QString &unitCode) const;
    // The units of the dimension of the component's stock unit (all units if the component is
    // unknown): what a BOM line may be counted in.
    QStringList unitsForMaterial(const QString &materialCode) const;
    QStringList unitCodes() const;

    QList<QJsonObject> workCentres() const { return m_workCentres; }
    QString workCentreName(const QString &code) const;

    bool hasBom(const QString &materialCode) const { return m_boms.contains(materialCode); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const concord::RpcError &error);

private:
    void load();
    void fetch(const QString &method, const QJsonObject &params,
               const std::function<void(const QJsonArray &)> &take);

    QPointer<RpcClient> m_client;
    int m_kinds = 0;
    int m_pending = 0;
    bool m_started = false;
    QList<QJsonObject> m_materials;
    QHash<QString, QJsonObject> m_materialByCode;
    QHash<QString, QJsonObject> m_unitByCode;
    QList<QJsonObject> m_workCentres;
    QSet<QString> m_boms;
};

} // namespace concord::ui
