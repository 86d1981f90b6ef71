#include "dictionary/dictionary.h"

#include "changecontrol/changecontrolentities.h"
#include "masterdata/entities.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord {

Dictionary::Dictionary(QList<EntityDef> entities) : m_entities(std::move(entities))
{
    for (qsizetype i = 0; i < m_entities.size(); ++i)
        m_index.insert(m_entities.at(i).name, i);
}

const EntityDef *Dictionary::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_entities.at(*it);
}

QList<const EntityDef *> Dictionary::childrenOf(const QString &parent) const
{
    QList<const EntityDef *> out;
    for (const EntityDef &e : m_entities)
        if (e.kind == EntityKind::Child && e.parent == parent)
            out.append(&e);
    return out;
}

QJsonObject Dictionary::toJson(const FieldDef &f)
{
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("column"), f.column()},
                  {QStringLiteral("type"), fieldTypeName(f.type)},
                  {QStringLiteral("label"), f.label},
                  {QStringLiteral("description"), f.description},
                  {QStringLiteral("required"), f.required}};
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    if (f.type == FieldType::Text)
        o.insert(QStringLiteral("maxLength"), f.maxLength > 0 ? f.maxLength : 200);
    put("pattern", f.pattern);
    if (!f.allowed.isEmpty())
        o.insert(QStringLiteral("allowedValues"), QJsonArray::fromStringList(f.allowed));
    put("ref", f.ref);
    put("minimum", f.minimum);
    if (f.minimumExclusive)
        o.insert(QStringLiteral("minimumExclusive"), true);
    put("maximum", f.maximum);
    put("unit", f.unit);
    put("unitField", f.unitField);
    put("isa95", f.isa95);
    if (!f.defaultValue.isEmpty())
        o.insert(QStringLiteral("default"), QJsonDocument::fromJson("[" + f.defaultValue.toUtf8() + "]").array().at(0));
    if (f.key)
        o.insert(QStringLiteral("key"), true);
    return o;
}

QJsonObject Dictionary::toJson() const
{
    static const char *kinds[] = {"plain", "versioned", "child", "record"};
    QJsonArray entities;
    for (const EntityDef &e : m_entities) {
        const bool controlled = e.versioned() || (e.kind == EntityKind::Child && find(e.parent) && find(e.parent)->versioned());
        QJsonArray fields;
        for (const FieldDef &f : e.fields) {
            QJsonObject o = toJson(f);
            // A versioned entity changes only through a new version on an approved change order.
            o.insert(QStringLiteral("changeControlled"), controlled && f.name != QLatin1String("code"));
            fields.append(o);
        }
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("label"), e.label},
                      {QStringLiteral("description"), e.description},
                      {QStringLiteral("isa95"), e.isa95},
                      {QStringLiteral("ownerModule"), e.ownerModule},
                      {QStringLiteral("kind"), QLatin1String(kinds[int(e.kind)])},
                      {QStringLiteral("table"), e.versioned() ? e.versionTable() : e.table},
                      {QStringLiteral("changeControlled"), controlled},
                      {QStringLiteral("bookkeeping"), QJsonArray::fromStringList(bookkeepingColumns(e.kind))},
                      {QStringLiteral("fields"), fields}};
        if (e.versioned()) {
            o.insert(QStringLiteral("identityTable"), e.table);
            // The identity table holds only the code and these (tst_dictionary checks both tables).
            o.insert(QStringLiteral("identityBookkeeping"), QJsonArray::fromStringList(bookkeepingColumns(e.kind, true)));
        }
        if (!e.parent.isEmpty()) {
            o.insert(QStringLiteral("parent"), e.parent);
            o.insert(QStringLiteral("member"), e.member);
        }
        if (!e.codingRule.isEmpty())
            o.insert(QStringLiteral("codingRule"), e.codingRule);
        if (e.autoCode)
            o.insert(QStringLiteral("autoCode"), true);
        if (!e.editPermission.isEmpty())
            o.insert(QStringLiteral("editPermission"), e.editPermission);
        entities.append(o);
    }
    return {{QStringLiteral("entities"), entities},
            {QStringLiteral("statuses"), QJsonArray{QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
                                                    QStringLiteral("superseded"), QStringLiteral("obsolete")}}};
}

const Dictionary &dictionary()
{
    static const Dictionary d = [] {
        QList<EntityDef> all = masterdata::productEntities();
        all += masterdata::plantEntities();
        all += changecontrol::entities();
        return Dictionary(all);
    }();
    return d;
}

} // namespace concord
