#include "storage/sqlcatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace concord {

SqlCatalog SqlCatalog::load(Dialect dialect, QString *error)
{
    SqlCatalog c;
    c.m_dialect = dialect;
    const QDir dir(QStringLiteral(":/sql/queries"));
    for (const QString &f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return c;
        }
        c.addText(QString::fromUtf8(file.readAll()), f, error);
    }
    return c;
}

void SqlCatalog::addText(const QString &text, const QString &origin, QString *error)
{
    static const QRegularExpression header(QStringLiteral("^--\\s*name:\\s*([A-Za-z0-9_.]+)\\s*(?:@(sqlite|postgres))?\\s*$"));
    const QString mine = m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
    QString name, variant, body;
    QHash<QString, QString> specific;
    auto flush = [&] {
        if (name.isEmpty())
            return;
        const QString sql = body.trimmed();
        if (variant.isEmpty()) {
            if (m_sql.contains(name) && !specific.contains(name) && error)
                *error = QStringLiteral("%1: duplicate statement %2").arg(origin, name);
            if (!specific.contains(name))
                m_sql.insert(name, sql);
        } else if (variant == mine) {
            specific.insert(name, sql);
            m_sql.insert(name, sql);
        }
        body.clear();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const auto m = header.match(line);
        if (m.hasMatch()) {
            flush();
            name = m.captured(1);
            variant = m.captured(2);
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        body += line + QLatin1Char('\n');
    }
    flush();
}

QString SqlCatalog::get(const QString &name) const { return m_sql.value(name); }

} // namespace concord
