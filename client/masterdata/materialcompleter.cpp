#include "masterdata/materialcompleter.h"

#include <QStringListModel>

namespace concord::ui {

namespace {
const QString kSeparator = QStringLiteral(" — ");
}

MaterialCompleter::MaterialCompleter(const QList<QJsonObject> &materials, QObject *parent)
    : QCompleter(parent)
{
    setObjectName(QStringLiteral("materialCompleter"));
    QStringList entries;
    for (const QJsonObject &m : materials)
        entries.append(entry(m));
    setModel(new QStringListModel(entries, this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QString MaterialCompleter::entry(const QJsonObject &material)
{
    return material.value(QStringLiteral("code")).toString() + kSeparator +
           material.value(QStringLiteral("name")).toString();
}

QString MaterialCompleter::codeOf(const QString &text)
{
    return text.section(kSeparator, 0, 0).trimmed();
}

} // namespace concord::ui
