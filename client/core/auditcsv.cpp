#include "core/auditcsv.h"

#include "core/auditmodel.h"
#include "value/csvcell.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

namespace concord::auditcsv {

namespace {
QByteArray join(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}
} // namespace

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString field(const QString &raw)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const QString value = csvcell::neutralise(raw);
    bool quote = false;
    for (const QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote) return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray headerLine()
{
    // Marked for lupdate here, translated when the header is written.
    static const char *const columns[] = {
        QT_TRANSLATE_NOOP("AuditCsv", "Entry"),          QT_TRANSLATE_NOOP("AuditCsv", "Time (UTC)"),
        QT_TRANSLATE_NOOP("AuditCsv", "Time (local)"),   QT_TRANSLATE_NOOP("AuditCsv", "User"),
        QT_TRANSLATE_NOOP("AuditCsv", "User ID"),        QT_TRANSLATE_NOOP("AuditCsv", "Action"),
        QT_TRANSLATE_NOOP("AuditCsv", "Record type"),    QT_TRANSLATE_NOOP("AuditCsv", "Record ID"),
        QT_TRANSLATE_NOOP("AuditCsv", "Reason"),         QT_TRANSLATE_NOOP("AuditCsv", "Changes (old → new)"),
        QT_TRANSLATE_NOOP("AuditCsv", "Changes (JSON)"), QT_TRANSLATE_NOOP("AuditCsv", "Peer"),
        QT_TRANSLATE_NOOP("AuditCsv", "Previous hash"),  QT_TRANSLATE_NOOP("AuditCsv", "Hash"),
    };
    QStringList titles;
    for (const char *column : columns)
        titles.append(QCoreApplication::translate("AuditCsv", column));
    return join(titles);
}

QByteArray line(const QJsonObject &row)
{
    const auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    const QJsonObject changes = row.value(QStringLiteral("changes")).toObject();
    return join({QString::number(row.value(QStringLiteral("seq")).toInteger()), text("at"),
                 AuditModel::localTimeText(AuditModel::parseTime(text("at")), true), text("username"),
                 QString::number(row.value(QStringLiteral("userId")).toInteger()), text("action"),
                 text("recordType"), text("recordId"), text("reason"), AuditModel::changesSummary(changes),
                 QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), text("peer"),
                 text("prevHash"), text("hash")});
}

QByteArray headLine(const QJsonObject &head)
{
    if (!head.contains(QStringLiteral("seq")))
        return {};
    return join({QCoreApplication::translate("AuditCsv", "Chain head (entry, hash)"),
                 QString::number(head.value(QStringLiteral("seq")).toInteger()), head.value(QStringLiteral("hash")).toString()});
}

} // namespace concord::auditcsv
