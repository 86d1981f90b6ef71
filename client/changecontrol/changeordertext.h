#pragma once
#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace concord::ui {

// How change orders read for a person, shared by the list, the detail panel and the dialogs:
// change classes, approval chains, items, effective dates (local time with zone), status colours.
class ChangeOrderText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeOrderText)
public:
    // "minor" -> "Minor"; classes added by an administrator are shown by their name.
    static QString changeClass(const QString &name);
    // ["reviewed","approved"] -> "Reviewed → Approved"
    static QString chain(const QJsonArray &steps);
    static QString person(const QString &fullName, const QString &username);
    // An item of an order: "Routing RT-INFUSION-SET, version 2".
    static QString item(const QJsonObject &item);
    // When an item takes effect: local time with zone, or "At approval".
    static QString effective(const QString &utcIso);
    static QColor statusColor(const QString &status);
};

} // namespace concord::ui
