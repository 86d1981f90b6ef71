#include "queryplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace concord::test::plans {

namespace {
using Re = QRegularExpression;

QString withoutSemicolon(QString sql)
{
    sql = sql.trimmed();
    if (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql;
}

bool isKeyword(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("WHERE"), QStringLiteral("JOIN"),   QStringLiteral("LEFT"),   QStringLiteral("INNER"),
                                     QStringLiteral("ON"),    QStringLiteral("SET"),    QStringLiteral("ORDER"),  QStringLiteral("GROUP"),
                                     QStringLiteral("LIMIT"), QStringLiteral("VALUES"), QStringLiteral("SELECT"), QStringLiteral("RETURNING"),
                                     QStringLiteral("USING"), QStringLiteral("CROSS"),  QStringLiteral("OUTER"),  QStringLiteral("UNION"),
                                     QStringLiteral("AND"),   QStringLiteral("OR"),     QStringLiteral("DEFAULT"), QStringLiteral("AS")};
    return words.contains(word.toUpper());
}

void add(QHash<QString, QSet<QString>> &to, const QString &alias, const QString &column) { to[alias].insert(column.toLower()); }

// Equality in an index condition: "=" not part of "<=", ">=", "!=" (SQLite "(a=? AND b<?)",
// PostgreSQL "(a = $1)", "(id = o.author_id)", "(status = ANY (...))").
bool hasEquality(const QString &condition)
{
    static const Re eq(QStringLiteral("(^|[^<>!])="));
    return eq.match(condition).hasMatch();
}
} // namespace

Shape analyse(const QString &sqlText)
{
    Shape s;
    const QString sql = QString(sqlText).replace(Re(QStringLiteral("\\s+")), QStringLiteral(" "));
    static const Re table(QStringLiteral("\\b(?:FROM|JOIN|UPDATE|INTO) ([A-Za-z_]\\w*)(?: (?:AS )?([A-Za-z_]\\w*))?"), Re::CaseInsensitiveOption);
    for (auto it = table.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        if (isKeyword(m.captured(1)))
            continue;
        const QString alias = m.captured(2).isEmpty() || isKeyword(m.captured(2)) ? m.captured(1) : m.captured(2);
        s.tables.insert(alias, m.captured(1));
    }
    s.limited = sql.contains(Re(QStringLiteral("\\bLIMIT\\b"), Re::CaseInsensitiveOption));
    const qsizetype where = sql.indexOf(Re(QStringLiteral("\\bWHERE\\b"), Re::CaseInsensitiveOption));
    if (where < 0)
        return s;
    const QString conditions = sql.mid(where);
    static const Re compared(QStringLiteral("(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*) ?(<=|>=|=|<|>) ?(\\?|'[^']*'|\\d+)"));
    static const Re reversed(QStringLiteral("\\? ?(<=|>=|=|<|>) ?(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)"));
    static const Re in(QStringLiteral("(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*) IN ?\\( ?['?\\d]"), Re::CaseInsensitiveOption);
    static const Re like(QStringLiteral("(?:LOWER\\( ?)?(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*) ?\\)? LIKE \\?"), Re::CaseInsensitiveOption);
    for (auto it = compared.globalMatch(conditions); it.hasNext();) {
        const auto m = it.next();
        add(m.captured(3) == QLatin1String("=") ? s.equalities : s.ranges, m.captured(1), m.captured(2));
    }
    for (auto it = reversed.globalMatch(conditions); it.hasNext();) {
        const auto m = it.next();
        add(m.captured(1) == QLatin1String("=") ? s.equalities : s.ranges, m.captured(2), m.captured(3));
    }
    for (auto it = in.globalMatch(conditions); it.hasNext();) {
        const auto m = it.next();
        add(s.equalities, m.captured(1), m.captured(2));
    }
    for (auto it = like.globalMatch(conditions); it.hasNext();) {
        const auto m = it.next();
        add(s.patterns, m.captured(1), m.captured(2));
    }
    return s;
}

Plan explainSqlite(QSqlDatabase &db, const QString &sql)
{
    Plan plan;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + withoutSemicolon(sql))) {
        plan.error = q.lastError().text();
        return plan;
    }
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(QVariant());
    if (!q.exec()) {
        plan.error = q.lastError().text();
        return plan;
    }
    // "SEARCH a USING INDEX alarm_state (state=? AND id<?)", "SCAN o", "SEARCH r USING INTEGER
    // PRIMARY KEY (rowid=?) LEFT-JOIN", "SEARCH x USING AUTOMATIC COVERING INDEX (k=?)".
    static const Re step(QStringLiteral("^(SCAN|SEARCH) (\\S+)(.*)$"));
    static const Re condition(QStringLiteral("\\(([^)]*)\\)"));
    while (q.next()) {
        const QString detail = q.value(3).toString();
        plan.text += detail + QLatin1Char('\n');
        if (detail.startsWith(QLatin1String("USE TEMP B-TREE")))
            plan.sorts = true;
        const auto m = step.match(detail);
        if (!m.hasMatch() || detail == QLatin1String("SCAN CONSTANT ROW"))
            continue;
        Access a;
        a.alias = m.captured(2);
        a.detail = detail;
        if (m.captured(1) == QLatin1String("SCAN") || m.captured(3).contains(QLatin1String("AUTOMATIC")))
            a.kind = Access::Walk;
        else
            a.kind = hasEquality(condition.match(m.captured(3)).captured(1)) ? Access::EqualitySearch : Access::RangeSearch;
        plan.accesses.append(a);
    }
    return plan;
}

namespace {
QString conditionOf(const QJsonObject &node)
{
    QString c = node.value(QStringLiteral("Index Cond")).toString();
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray()) {
        const QJsonObject o = child.toObject();
        const QString type = o.value(QStringLiteral("Node Type")).toString();
        if (type == QLatin1String("Bitmap Index Scan") || type == QLatin1String("BitmapAnd") || type == QLatin1String("BitmapOr"))
            c += QLatin1Char(' ') + conditionOf(o);
    }
    return c.trimmed();
}

void walkPostgres(const QJsonObject &node, Plan &plan, int depth)
{
    static const QSet<QString> scans{QStringLiteral("Seq Scan"), QStringLiteral("Index Scan"), QStringLiteral("Index Only Scan"),
                                     QStringLiteral("Bitmap Heap Scan"), QStringLiteral("Tid Scan"), QStringLiteral("Tid Range Scan")};
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    QString line = QString(depth * 2, QLatin1Char(' ')) + type;
    if (node.contains(QStringLiteral("Relation Name")))
        line += QStringLiteral(" on %1 %2").arg(node.value(QStringLiteral("Relation Name")).toString(), node.value(QStringLiteral("Alias")).toString());
    if (node.contains(QStringLiteral("Index Name")))
        line += QStringLiteral(" using ") + node.value(QStringLiteral("Index Name")).toString();
    for (const char *key : {"Index Cond", "Recheck Cond", "Filter"})
        if (node.contains(QLatin1String(key)))
            line += QStringLiteral(" [%1: %2]").arg(QLatin1String(key), node.value(QLatin1String(key)).toString());
    plan.text += line + QLatin1Char('\n');
    if (type == QLatin1String("Sort") || type == QLatin1String("Incremental Sort"))
        plan.sorts = true;
    if (scans.contains(type)) {
        Access a;
        a.alias = node.value(QStringLiteral("Alias")).toString();
        a.detail = line.trimmed();
        const QString cond = conditionOf(node);
        if (type == QLatin1String("Seq Scan") || cond.isEmpty())
            a.kind = Access::Walk;
        else
            a.kind = hasEquality(cond) ? Access::EqualitySearch : Access::RangeSearch;
        plan.accesses.append(a);
    }
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        walkPostgres(child.toObject(), plan, depth + 1);
}
} // namespace

Plan explainPostgres(QSqlDatabase &db, const QString &sql)
{
    Plan plan;
    QString text = withoutSemicolon(sql);
    int n = 0;
    for (qsizetype i = text.indexOf(QLatin1Char('?')); i >= 0; i = text.indexOf(QLatin1Char('?'), i)) {
        const QString param = QStringLiteral("$%1").arg(++n);
        text.replace(i, 1, param);
        i += param.size();
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PREPARE concord_plan AS ") + text)) {
        plan.error = q.lastError().text();
        return plan;
    }
    QStringList nulls;
    for (int i = 0; i < n; ++i)
        nulls.append(QStringLiteral("NULL"));
    const QString execute = n ? QStringLiteral("EXECUTE concord_plan(%1)").arg(nulls.join(QStringLiteral(", "))) : QStringLiteral("EXECUTE concord_plan");
    if (!q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + execute) || !q.next())
        plan.error = q.lastError().text();
    else
        walkPostgres(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().at(0).toObject().value(QStringLiteral("Plan")).toObject(), plan, 0);
    q.exec(QStringLiteral("DEALLOCATE concord_plan"));
    return plan;
}

QStringList check(const QString &statement, const Shape &shape, const Plan &plan, const std::function<bool(const QString &)> &grows)
{
    QStringList problems;
    if (!plan.error.isEmpty())
        return {QStringLiteral("%1: EXPLAIN failed: %2").arg(statement, plan.error)};
    auto columns = [&](const QHash<QString, QSet<QString>> &by, const QString &alias) {
        QSet<QString> c = by.value(alias);
        c.unite(by.value(QString())); // unqualified columns may be any table's
        QStringList sorted(c.cbegin(), c.cend());
        sorted.sort();
        return sorted;
    };
    for (const Access &a : plan.accesses) {
        const QString table = shape.tables.value(a.alias);
        if (table.isEmpty()) {
            problems << QStringLiteral("%1: the plan reads \"%2\", which the statement does not name (%3)").arg(statement, a.alias, a.detail);
            continue;
        }
        if (!grows(table))
            continue;
        const QStringList eq = columns(shape.equalities, a.alias), range = columns(shape.ranges, a.alias),
                          pattern = columns(shape.patterns, a.alias);
        QString why;
        if (!eq.isEmpty() && a.kind != Access::EqualitySearch)
            why = QStringLiteral("filters by %1 but no index finds those rows").arg(eq.join(QStringLiteral(", ")));
        else if (eq.isEmpty() && !range.isEmpty() && a.kind == Access::Walk)
            why = QStringLiteral("filters by the range of %1 but reads every row").arg(range.join(QStringLiteral(", ")));
        else if (eq.isEmpty() && !pattern.isEmpty() && a.kind == Access::Walk)
            why = QStringLiteral("searches %1 by pattern, which no index can serve").arg(pattern.join(QStringLiteral(", ")));
        else if (eq.isEmpty() && range.isEmpty() && pattern.isEmpty() && a.kind == Access::Walk && (!shape.limited || plan.sorts))
            why = shape.limited ? QStringLiteral("sorts every row before its LIMIT") : QStringLiteral("reads every row (no index, no LIMIT)");
        if (!why.isEmpty())
            problems << QStringLiteral("%1: %2 %3: %4").arg(statement, table, why, a.detail);
    }
    return problems;
}

} // namespace concord::test::plans
