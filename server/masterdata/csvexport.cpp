#include "masterdata/csvexport.h"

#include "dictionary/recordcheck.h"
#include "masterdata/csvcodec.h"
#include "masterdata/entitystore.h"

#include <algorithm>

namespace concord::csvexport {

namespace {
// More than any plant has; the export is one consistent file, not pages.
constexpr int kAll = 10000000;

QStringList cellsOf(const EntityDef &e, const QJsonObject &record)
{
    QStringList cells;
    cells.reserve(e.fields.size());
    for (const FieldDef &f : e.fields)
        cells.append(records::toText(f, record.value(f.name)));
    return cells;
}

// Records sorted by code in the same order on every database (collations differ).
QList<QJsonObject> byCode(const QJsonArray &rows)
{
    QList<QJsonObject> out;
    out.reserve(rows.size());
    for (const QJsonValue &r : rows)
        out.append(r.toObject());
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("code")).toString() < b.value(QStringLiteral("code")).toString();
    });
    return out;
}
} // namespace

QStringList entityNames(const Dictionary &d)
{
    QStringList names;
    for (const EntityDef &e : d.entities())
        if (e.kind != EntityKind::Record)
            names.append(e.name);
    return names;
}

QStringList columns(const EntityDef &e)
{
    QStringList cols;
    if (e.kind == EntityKind::Child)
        cols.append(e.parent);
    for (const FieldDef &f : e.fields)
        cols.append(f.name);
    return cols;
}

QString exportCsv(Sql &sql, const EntityDef &e, const QString &at, int *rows)
{
    QString out = csv::writeRecord(columns(e));
    int n = 0;
    switch (e.kind) {
    case EntityKind::Plain:
        for (const QJsonObject &r : byCode(entitystore::list(sql, e, QString(), kAll))) {
            out += csv::writeRecord(cellsOf(e, r));
            ++n;
        }
        break;
    case EntityKind::Versioned:
        // With an explicit time listVersions gives only versions in force, never drafts.
        for (const QJsonObject &r : byCode(entitystore::listVersions(sql, e, QString(), kAll, at, at))) {
            out += csv::writeRecord(cellsOf(e, r));
            ++n;
        }
        break;
    case EntityKind::Child: {
        const EntityDef *parent = dictionary().find(e.parent);
        for (const QJsonObject &r : byCode(entitystore::listVersions(sql, *parent, QString(), kAll, at, at))) {
            const QString code = r.value(QStringLiteral("code")).toString();
            const auto version = entitystore::inForce(sql, *parent, code, at);
            if (!version)
                continue;
            for (const QJsonValue &row : version->value(e.member).toArray()) {
                out += csv::writeRecord(QStringList{code} + cellsOf(e, row.toObject()));
                ++n;
            }
        }
        break;
    }
    case EntityKind::Record:
        break;
    }
    if (rows)
        *rows = n;
    return out;
}

} // namespace concord::csvexport
