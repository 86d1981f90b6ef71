#include "masterdata/csvimport.h"

#include "dictionary/recordcheck.h"
#include "masterdata/csvexport.h"
#include "masterdata/entitystore.h"
#include "rpc/schema.h"
#include "storage/writecontext.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace concord::csvimport {

namespace {
const QString kData = QStringLiteral("params.data");
const QString kReason = QStringLiteral("CSV import");
constexpr int kMaxProblems = 1000;

// One data row of the file as the API's `data` object.
struct Row
{
    int row = 0;
    QString parent; // child entities: the parent's code (first column)
    QJsonObject data;
};

bool requiredColumn(const EntityDef &e, const FieldDef &f)
{
    return f.required && f.defaultValue.isEmpty() && !(e.autoCode && f.name == QLatin1String("code"));
}

// An empty cell means null, except that a field with a default gets its default (text: ""); so a
// blank `active` cell is true, a blank optional GTIN is no GTIN.
bool cellValue(const FieldDef &f, const QString &cell, QJsonValue *value, QString *error)
{
    if (cell.isEmpty()) {
        if (f.type == FieldType::Text)
            *value = f.defaultValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
        else if (!f.defaultValue.isEmpty())
            return false;
        else
            *value = QJsonValue::Null;
        return true;
    }
    *value = records::fromText(f, cell, error);
    return true;
}

QString stripData(const QString &path)
{
    if (path == kData)
        return {};
    return path.startsWith(kData + QLatin1Char('.')) ? path.mid(kData.size() + 1) : path;
}

// The column a problem of the whole record is best shown in.
QString columnFor(const EntityDef &e, const RpcError &err)
{
    const QString codeColumn = e.kind == EntityKind::Child ? e.parent : QStringLiteral("code");
    const QString field = stripData(err.args.value(QStringLiteral("field")).toString());
    if (!field.isEmpty())
        return field == QLatin1String("code") ? codeColumn : field;
    const QString c = err.dataCode;
    if (c == QLatin1String("rule.hierarchy_cycle"))
        return QStringLiteral("parent");
    if (c == QLatin1String("rule.bom_cycle") && e.kind == EntityKind::Child)
        return QStringLiteral("component");
    if (c.startsWith(QLatin1String("conflict")) || c == QLatin1String("not_found") || c.startsWith(QLatin1String("rule.version_")) ||
        c == QLatin1String("rule.no_draft") || c == QLatin1String("rule.bom_cycle"))
        return codeColumn;
    return {};
}

// Whether a row says nothing new about a stored record: each field the row has, in canonical form
// (decimals, defaults), reads the same as the stored one.
bool sameAs(const EntityDef &e, const QJsonObject &data, const QJsonObject &stored)
{
    QList<FieldError> errors;
    const QJsonObject canonical = records::normalise(e, data, false, kData, errors);
    if (!errors.isEmpty())
        return false;
    for (auto it = canonical.begin(); it != canonical.end(); ++it)
        if (const FieldDef *f = e.find(it.key()); f && records::toText(*f, it.value()) != records::toText(*f, stored.value(it.key())))
            return false;
    return true;
}

// Whether child rows are the stored ones, in any order.
bool sameRows(const EntityDef &c, const QJsonArray &rows, const QJsonArray &stored)
{
    auto texts = [&c](const QJsonArray &list, bool fromFile) {
        QStringList out;
        for (const QJsonValue &v : list) {
            QList<FieldError> errors;
            const QJsonObject r = fromFile ? records::normalise(c, v.toObject(), true, kData, errors) : v.toObject();
            if (!errors.isEmpty())
                return QStringList{QStringLiteral("\x01invalid")};
            QStringList cells;
            for (const FieldDef &f : c.fields)
                cells.append(records::toText(f, r.value(f.name)));
            out.append(cells.join(QLatin1Char('\x1f')));
        }
        out.sort();
        return out;
    };
    return rows.size() == stored.size() && texts(rows, true) == texts(stored, false);
}

class Importer
{
public:
    Importer(WriteContext &ctx, const EntityDef &e)
        : m_ctx(ctx), m_e(e), m_owner(e.kind == EntityKind::Child ? *dictionary().find(e.parent) : e),
          m_schema(records::dataSchema(dictionary(), m_owner, true))
    {
    }

    Report run(const QList<csv::Record> &records)
    {
        const QStringList header = records.constFirst().cells;
        QList<Row> rows;
        for (qsizetype i = 1; i < records.size(); ++i) {
            ++m_report.rows;
            Row r;
            if (convert(header, records.at(i), r))
                rows.append(r);
        }
        switch (m_e.kind) {
        case EntityKind::Plain: plain(rows); break;
        case EntityKind::Versioned: versioned(rows); break;
        case EntityKind::Child: children(rows); break;
        case EntityKind::Record: break;
        }
        return m_report;
    }

private:
    void problem(int row, const QString &field, const QString &code, const QString &message)
    {
        m_report.problems.append({row, field, code, message});
    }

    bool convert(const QStringList &header, const csv::Record &rec, Row &out)
    {
        out.row = rec.row;
        if (rec.cells.size() != header.size()) {
            problem(rec.row, QString(), QStringLiteral("column_count"),
                    QStringLiteral("has %1 values; the header has %2 columns").arg(rec.cells.size()).arg(header.size()));
            return false;
        }
        bool ok = true;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (m_e.kind == EntityKind::Child && i == 0) {
                out.parent = rec.cells.at(i);
                continue;
            }
            const FieldDef &f = *m_e.find(header.at(i));
            QJsonValue v;
            QString error;
            if (!cellValue(f, rec.cells.at(i), &v, &error))
                continue;
            if (!error.isEmpty()) {
                problem(rec.row, f.name, QStringLiteral("type"), error);
                ok = false;
                continue;
            }
            out.data.insert(f.name, v);
        }
        return ok;
    }

    // Runs `work` in a savepoint of its own: a failed row leaves nothing behind and, on PostgreSQL,
    // does not abort the transaction for the rows after it. Only storage failures end the import.
    template<class Work>
    bool attempt(Work &&work, RpcError *failure)
    {
        Sql &sql = m_ctx.sql();
        sql.direct(QStringLiteral("SAVEPOINT csv_row"));
        try {
            work();
            sql.direct(QStringLiteral("RELEASE SAVEPOINT csv_row"));
            return true;
        } catch (const RpcError &e) {
            if (e.dataCode.startsWith(QLatin1String("storage.")) || e.dataCode == QLatin1String("server.shutting_down"))
                throw;
            sql.direct(QStringLiteral("ROLLBACK TO SAVEPOINT csv_row"));
            sql.direct(QStringLiteral("RELEASE SAVEPOINT csv_row"));
            *failure = e;
            return false;
        }
    }

    // Field problems go to the row and column they name; `rows` are the CSV rows of the `member`
    // array sent (child entities), or the one row of a plain/versioned record.
    void report(const RpcError &err, const QList<const Row *> &rows, const QString &member = QString())
    {
        static const QRegularExpression item(QRegularExpression::anchoredPattern(QStringLiteral("(\\w+)\\[(\\d+)\\]\\.?(.*)")));
        const int first = rows.constFirst()->row;
        if (err.dataCode == QLatin1String("validation.failed") && !err.details.isEmpty()) {
            for (const FieldError &d : err.details) {
                QString field = stripData(d.field);
                int row = first;
                const auto m = item.match(field);
                if (!member.isEmpty() && m.hasMatch() && m.captured(1) == member && m.captured(2).toInt() < rows.size()) {
                    row = rows.at(m.captured(2).toInt())->row;
                    field = m.captured(3);
                } else if (m_e.kind == EntityKind::Child && field == QLatin1String("code")) {
                    field = m_e.parent;
                }
                problem(row, field, d.code, d.message);
            }
            return;
        }
        int row = first;
        if (err.dataCode == QLatin1String("rule.bom_cycle") && m_e.kind == EntityKind::Child) {
            // "A > B > … > A": B is the line of this BOM that closes the loop.
            const QStringList path = err.args.value(QStringLiteral("path")).toString().split(QStringLiteral(" > "));
            for (const Row *r : rows)
                if (path.size() > 1 && r->data.value(QStringLiteral("component")).toString() == path.at(1))
                    row = r->row;
        }
        problem(row, columnFor(m_e, err), err.dataCode, err.message);
    }

    // The parameter schema of the API's create/saveDraft `data` (types, lengths, characters such as
    // NUL that the database would refuse), then the service does the rest as for an API call.
    void checkSchema(const QJsonObject &data) const
    {
        const QList<FieldError> errors = schema::validate(m_schema, data, kData);
        if (!errors.isEmpty())
            throw RpcError::validation(errors);
    }

    bool exists(const EntityDef &e, const QString &code)
    {
        return m_ctx.sql().one(QStringLiteral("md.%1.exists").arg(e.name), {code}).has_value();
    }

    // The newest version of a code with its rows (what saveDraft starts from).
    QJsonObject latest(const EntityDef &e, const QString &code)
    {
        const QJsonArray versions = entitystore::history(m_ctx.sql(), e, code);
        return entitystore::version(m_ctx.sql(), e, code, versions.last().toObject().value(QStringLiteral("version")).toInt());
    }

    void saveOnDraft(const EntityDef &e, const QString &code, const QJsonObject &latestVersion, const QJsonObject &data)
    {
        const bool draft = latestVersion.value(QStringLiteral("status")).toString() == QLatin1String("draft");
        entitystore::saveDraft(m_ctx, e, code, std::nullopt,
                               draft ? std::optional<int>(latestVersion.value(QStringLiteral("rowVersion")).toInt()) : std::nullopt, data);
    }

    // Codes given twice in one file: the later rows are refused instead of overwriting the first.
    QList<const Row *> unique(const QList<Row> &rows)
    {
        QHash<QString, int> seen;
        QList<const Row *> out;
        for (const Row &r : rows) {
            const QString code = r.data.value(QStringLiteral("code")).toString();
            if (!code.isEmpty() && seen.contains(code)) {
                problem(r.row, QStringLiteral("code"), QStringLiteral("duplicate"),
                        QStringLiteral("%1 appears again (first in row %2)").arg(code).arg(seen.value(code)));
                continue;
            }
            if (!code.isEmpty())
                seen.insert(code, r.row);
            out.append(&r);
        }
        return out;
    }

    // Rows that name another row of the file as their parent (equipment, locations) come after it,
    // whatever the order of the file; rows of a loop stay in file order (and fail on their refs).
    QList<const Row *> parentsFirst(const QList<const Row *> &rows)
    {
        QStringList selfRefs;
        for (const FieldDef &f : m_e.fields)
            if (f.type == FieldType::Ref && f.ref == m_e.name)
                selfRefs.append(f.name);
        if (selfRefs.isEmpty())
            return rows;
        QHash<QString, qsizetype> byCode;
        for (qsizetype i = 0; i < rows.size(); ++i)
            byCode.insert(rows.at(i)->data.value(QStringLiteral("code")).toString(), i);
        QList<int> state(rows.size(), 0); // 0 new, 1 visiting, 2 placed
        QList<const Row *> out;
        std::function<void(qsizetype)> place = [&](qsizetype i) {
            if (state[i] != 0)
                return;
            state[i] = 1;
            for (const QString &f : selfRefs) {
                const auto it = byCode.constFind(rows.at(i)->data.value(f).toString());
                if (it != byCode.constEnd())
                    place(*it);
            }
            state[i] = 2;
            out.append(rows.at(i));
        };
        for (qsizetype i = 0; i < rows.size(); ++i)
            place(i);
        return out;
    }

    enum class Outcome { Created, Changed, Unchanged };

    void count(Outcome o, int rows = 1)
    {
        (o == Outcome::Created ? m_report.created : o == Outcome::Changed ? m_report.changed : m_report.unchanged) += rows;
    }

    // Plain: a new code is created, a known one changed in place (audited, reason "CSV import")
    // unless the row says nothing new; columns the file lacks keep their values.
    void plain(const QList<Row> &rows)
    {
        for (const Row *r : parentsFirst(unique(rows))) {
            RpcError err;
            Outcome outcome = Outcome::Created;
            const bool ok = attempt([&] {
                checkSchema(r->data);
                const QString code = r->data.value(QStringLiteral("code")).toString();
                if (code.isEmpty() || !exists(m_e, code)) {
                    entitystore::create(m_ctx, m_e, r->data);
                    return;
                }
                const QJsonObject stored = entitystore::get(m_ctx.sql(), m_e, code);
                if (sameAs(m_e, r->data, stored)) {
                    outcome = Outcome::Unchanged;
                    return;
                }
                entitystore::update(m_ctx, m_e, code, stored.value(QStringLiteral("rowVersion")).toInt(), r->data, kReason);
                outcome = Outcome::Changed;
            }, &err);
            if (ok)
                count(outcome);
            else
                report(err, {r});
        }
    }

    // Versioned: a new code becomes version 1 (draft); a known one gets the row's fields on its open
    // draft or on a new one, with its rows and the fields the file lacks as they were.
    void versioned(const QList<Row> &rows)
    {
        for (const Row *r : unique(rows)) {
            RpcError err;
            Outcome outcome = Outcome::Created;
            const bool ok = attempt([&] {
                checkSchema(r->data);
                const QString code = r->data.value(QStringLiteral("code")).toString();
                if (code.isEmpty() || !exists(m_e, code)) {
                    entitystore::createVersioned(m_ctx, m_e, r->data);
                    return;
                }
                const QJsonObject last = latest(m_e, code);
                QJsonObject data = entitystore::content(m_e, last);
                for (auto it = r->data.begin(); it != r->data.end(); ++it)
                    data.insert(it.key(), it.value());
                if (sameAs(m_e, data, last)) {
                    outcome = Outcome::Unchanged;
                    return;
                }
                saveOnDraft(m_e, code, last, data);
                outcome = Outcome::Changed;
            }, &err);
            if (ok)
                count(outcome);
            else
                report(err, {r});
        }
    }

    // Child rows: per parent code, the file's rows replace this kind of row of the parent's open
    // draft (or of a new draft), unless they are the rows it has.
    void children(const QList<Row> &rows)
    {
        const EntityDef &parent = m_owner;
        QStringList order;
        QHash<QString, QList<const Row *>> groups;
        for (const Row &r : rows) {
            if (r.parent.isEmpty()) {
                problem(r.row, m_e.parent, QStringLiteral("required"), QStringLiteral("is required"));
                continue;
            }
            if (!groups.contains(r.parent))
                order.append(r.parent);
            groups[r.parent].append(&r);
        }
        for (const QString &code : std::as_const(order)) {
            const QList<const Row *> group = groups.value(code);
            if (!exists(parent, code)) {
                for (const Row *r : group)
                    problem(r->row, m_e.parent, QStringLiteral("ref"), QStringLiteral("%1 %2 does not exist").arg(parent.name, code));
                continue;
            }
            RpcError err;
            Outcome outcome = Outcome::Changed;
            const bool ok = attempt([&] {
                const QJsonObject last = latest(parent, code);
                QJsonObject data = entitystore::content(parent, last);
                QJsonArray items;
                for (const Row *r : group)
                    items.append(r->data);
                data.insert(m_e.member, items);
                checkSchema(data);
                if (sameRows(m_e, items, last.value(m_e.member).toArray())) {
                    outcome = Outcome::Unchanged;
                    return;
                }
                saveOnDraft(parent, code, last, data);
            }, &err);
            if (ok)
                count(outcome, int(group.size()));
            else
                report(err, group, m_e.member);
        }
    }

    WriteContext &m_ctx;
    const EntityDef &m_e;
    const EntityDef &m_owner; // the entity whose service stores the rows (the parent of a child)
    const QJsonObject m_schema;
    Report m_report;
};
} // namespace

QJsonObject Problem::toJson() const
{
    return {{QStringLiteral("row"), row}, {QStringLiteral("field"), field}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

QJsonObject Report::toJson(bool dryRun, bool committed) const
{
    QList<Problem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem &a, const Problem &b) { return a.row < b.row; });
    QJsonArray list;
    for (qsizetype i = 0; i < sorted.size() && i < kMaxProblems; ++i)
        list.append(sorted.at(i).toJson());
    return {{QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("created"), created},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("imported"), committed ? created + changed : 0},
            {QStringLiteral("problemCount"), int(problems.size())},
            {QStringLiteral("problems"), list}};
}

QList<Problem> checkHeader(const EntityDef &e, const QStringList &header)
{
    QList<Problem> out;
    const QStringList known = csvexport::columns(e);
    QSet<QString> seen;
    for (const QString &column : header) {
        if (!known.contains(column))
            out.append({1, column, QStringLiteral("unknown_column"), QStringLiteral("%1 is not a field of %2").arg(column, e.name)});
        else if (seen.contains(column))
            out.append({1, column, QStringLiteral("duplicate_column"), QStringLiteral("%1 appears twice in the header").arg(column)});
        seen.insert(column);
    }
    if (e.kind == EntityKind::Child && header.value(0) != e.parent)
        out.append({1, e.parent, QStringLiteral("missing_column"), QStringLiteral("the first column must be %1 (the parent's code)").arg(e.parent)});
    for (const FieldDef &f : e.fields)
        if (requiredColumn(e, f) && !header.contains(f.name))
            out.append({1, f.name, QStringLiteral("missing_column"), QStringLiteral("the required column %1 is missing").arg(f.name)});
    return out;
}

Report run(WriteContext &ctx, const EntityDef &e, const QList<csv::Record> &records)
{
    return Importer(ctx, e).run(records);
}

} // namespace concord::csvimport
