#include "changecontrol/changeordertext.h"

#include "core/datadictionary.h"
#include "core/timetext.h"
#include "signature/signaturetext.h"

#include <QStringList>

namespace concord::ui {

QString ChangeOrderText::changeClass(const QString &name)
{
    if (name == QLatin1String("minor")) return tr("Minor");
    if (name == QLatin1String("major")) return tr("Major");
    if (name == QLatin1String("migration")) return tr("Migration");
    return name;
}

QString ChangeOrderText::chain(const QJsonArray &steps)
{
    QStringList meanings;
    for (const QJsonValue &v : steps)
        meanings.append(SignatureText::meaning(
            v.isObject() ? v.toObject().value(QStringLiteral("meaning")).toString() : v.toString()));
    return meanings.join(QStringLiteral(" → "));
}

QString ChangeOrderText::person(const QString &fullName, const QString &username)
{
    if (fullName.isEmpty()) return username;
    return tr("%1 (%2)").arg(fullName, username);
}

QString ChangeOrderText::item(const QJsonObject &item)
{
    return tr("%1 %2, version %3")
        .arg(DataDictionary::valueLabel(item.value(QStringLiteral("entity")).toString()),
             item.value(QStringLiteral("code")).toString())
        .arg(item.value(QStringLiteral("version")).toInt());
}

QString ChangeOrderText::effective(const QString &utcIso)
{
    return utcIso.isEmpty() ? tr("At approval") : timetext::localFromServer(utcIso);
}

QColor ChangeOrderText::statusColor(const QString &status)
{
    if (status == QLatin1String("in_review")) return {0xb2, 0x6a, 0x00};
    if (status == QLatin1String("approved")) return {0x1b, 0x5e, 0x20};
    if (status == QLatin1String("rejected")) return {0xb0, 0x00, 0x20};
    if (status == QLatin1String("cancelled")) return {0x70, 0x70, 0x70};
    return {0x0b, 0x53, 0x94}; // draft
}

} // namespace concord::ui
