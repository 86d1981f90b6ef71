#include "storage/sqlcatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace concord {

namespace {
// 2^8 shapes at most: beyond that a statement should be split by hand.
constexpr int kMaxOptionalFilters = 8;

// One line of a statement body, split into its SQL and the optional filter it belongs to.
struct Line
{
    QString sql;
    QString filter; // empty = always there
};

QList<Line> splitLines(const QString &body)
{
    static const QRegularExpression marker(QStringLiteral("^(.*?)\\s*--\\s*optional:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*$"));
    QList<Line> out;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const auto m = marker.match(line);
        out.append(m.hasMatch() ? Line{m.captured(1), m.captured(2)} : Line{line, QString()});
    }
    return out;
}

// The text of one shape: optional lines of absent filters are left out. An optional line may
// start with WHERE when the statement has no fixed condition; if that line is left out, the next
// optional line that stays takes over the WHERE instead of its AND.
QString shapeText(const QList<Line> &lines, const QSet<QString> &present)
{
    static const QRegularExpression leadingAnd(QStringLiteral("^(\\s*)AND\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leadingWhere(QStringLiteral("^\\s*WHERE\\b"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    bool whereLeftOut = false;
    for (const Line &l : lines) {
        if (l.filter.isEmpty()) {
            out.append(l.sql);
            continue;
        }
        if (!present.contains(l.filter)) {
            whereLeftOut = whereLeftOut || leadingWhere.match(l.sql).hasMatch();
            continue;
        }
        QString sql = l.sql;
        if (whereLeftOut && leadingAnd.match(sql).hasMatch()) {
            sql.replace(leadingAnd, QStringLiteral("\\1WHERE"));
            whereLeftOut = false;
        }
        out.append(sql);
    }
    return out.join(QLatin1Char('\n')).trimmed();
}
} // namespace

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
    auto flush = [&] {
        if (name.isEmpty())
            return;
        if (variant.isEmpty()) {
            if (m_plain.contains(name) && error)
                *error = QStringLiteral("%1: duplicate statement %2").arg(origin, name);
            m_plain.insert(name);
            if (!m_specific.contains(name))
                define(name, body, error);
        } else if (variant == mine) {
            m_specific.insert(name);
            define(name, body, error);
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

void SqlCatalog::define(const QString &name, const QString &body, QString *error)
{
    // A redefinition (the dialect's own text) replaces every shape of the earlier one.
    m_families.remove(name);
    const QString prefix = name + QLatin1Char('[');
    m_sql.removeIf([&](QHash<QString, QString>::iterator it) { return it.key() == name || it.key().startsWith(prefix); });

    const QList<Line> lines = splitLines(body);
    QList<Optional> optionals;
    int position = 0;
    for (const Line &l : lines) {
        const int marks = int(l.sql.count(QLatin1Char('?')));
        if (!l.filter.isEmpty()) {
            auto it = std::find_if(optionals.begin(), optionals.end(), [&](const Optional &o) { return o.filter == l.filter; });
            if (it == optionals.end())
                it = optionals.insert(optionals.end(), Optional{l.filter, {}});
            for (int i = 0; i < marks; ++i)
                it->binds.append(position + i);
        }
        position += marks;
    }
    if (optionals.isEmpty()) {
        m_sql.insert(name, body.trimmed());
        return;
    }
    for (const Optional &o : std::as_const(optionals)) {
        if (o.binds.isEmpty() && error)
            *error = QStringLiteral("statement %1: optional filter %2 binds no value").arg(name, o.filter);
    }
    if (optionals.size() > kMaxOptionalFilters) {
        if (error)
            *error = QStringLiteral("statement %1: more than %2 optional filters").arg(name).arg(kMaxOptionalFilters);
        return;
    }
    m_families.insert(name, optionals);
    for (int mask = 0; mask < (1 << optionals.size()); ++mask) {
        QStringList present;
        for (int i = 0; i < optionals.size(); ++i)
            if (mask & (1 << i))
                present.append(optionals.at(i).filter);
        m_sql.insert(shapeName(name, present), shapeText(lines, QSet<QString>(present.cbegin(), present.cend())));
    }
}

QString SqlCatalog::get(const QString &name) const { return m_sql.value(name); }

QStringList SqlCatalog::optionalFilters(const QString &name) const
{
    QStringList out;
    for (const Optional &o : m_families.value(name))
        out.append(o.filter);
    return out;
}

QString SqlCatalog::shapeName(const QString &name, const QStringList &present)
{
    return name + QLatin1Char('[') + present.join(QLatin1Char(',')) + QLatin1Char(']');
}

SqlCatalog::Resolved SqlCatalog::resolve(const QString &name, const QVariantList &binds) const
{
    const auto family = m_families.constFind(name);
    if (family == m_families.constEnd())
        return {name, binds, {}};
    Resolved r;
    QStringList present;
    QSet<int> dropped;
    for (const Optional &o : *family) {
        const bool here = !binds.value(o.binds.first()).isNull();
        for (const int i : o.binds) {
            if (binds.value(i).isNull() == here)
                r.error = QStringLiteral("statement %1: the values of optional filter %2 are partly NULL").arg(name, o.filter);
            if (!here)
                dropped.insert(i);
        }
        if (here)
            present.append(o.filter);
    }
    r.name = shapeName(name, present);
    for (int i = 0; i < binds.size(); ++i)
        if (!dropped.contains(i))
            r.binds.append(binds.at(i));
    return r;
}

} // namespace concord
