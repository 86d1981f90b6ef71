#include "core/datadictionary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace concord {

namespace {
// The server's entity labels by name, the same source strings as its QT_TRANSLATE_NOOP marks (so
// they share one translation), for texts that name an entity without the dictionary at hand.
const QHash<QString, const char *> &entityLabels()
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("uom"), QT_TRANSLATE_NOOP("Dictionary", "Unit of measure")},
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("Dictionary", "Material")},
        {QStringLiteral("bom"), QT_TRANSLATE_NOOP("Dictionary", "Bill of materials")},
        {QStringLiteral("bom_line"), QT_TRANSLATE_NOOP("Dictionary", "BOM line")},
        {QStringLiteral("routing"), QT_TRANSLATE_NOOP("Dictionary", "Routing")},
        {QStringLiteral("routing_operation"), QT_TRANSLATE_NOOP("Dictionary", "Operation")},
        {QStringLiteral("routing_parameter"), QT_TRANSLATE_NOOP("Dictionary", "Process parameter")},
        {QStringLiteral("equipment"), QT_TRANSLATE_NOOP("Dictionary", "Equipment")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("Dictionary", "Person")},
        {QStringLiteral("training_record"), QT_TRANSLATE_NOOP("Dictionary", "Training record")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("Dictionary", "Supplier")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("Dictionary", "Customer")},
        {QStringLiteral("shipTo"), QT_TRANSLATE_NOOP("Dictionary", "Ship-to address")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Dictionary", "Storage location")},
        {QStringLiteral("coding_rule"), QT_TRANSLATE_NOOP("Dictionary", "Coding rule")},
        {QStringLiteral("change_class"), QT_TRANSLATE_NOOP("Dictionary", "Change class")},
        {QStringLiteral("change_order"), QT_TRANSLATE_NOOP("Dictionary", "Change order")},
        {QStringLiteral("version_pin"), QT_TRANSLATE_NOOP("Dictionary", "Version pin")},
    };
    return labels;
}

// Allowed values of the dictionary's enum fields and the statuses of versions and change orders.
const QHash<QString, const char *> &valueLabels()
{
    static const QHash<QString, const char *> values{
        // material type and tracking
        {QStringLiteral("raw"), QT_TRANSLATE_NOOP("DictionaryValue", "Raw material")},
        {QStringLiteral("purchased"), QT_TRANSLATE_NOOP("DictionaryValue", "Purchased part")},
        {QStringLiteral("semi_finished"), QT_TRANSLATE_NOOP("DictionaryValue", "Semi-finished")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("DictionaryValue", "Finished device")},
        {QStringLiteral("packaging"), QT_TRANSLATE_NOOP("DictionaryValue", "Packaging")},
        {QStringLiteral("consumable"), QT_TRANSLATE_NOOP("DictionaryValue", "Consumable")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("DictionaryValue", "None")},
        {QStringLiteral("lot"), QT_TRANSLATE_NOOP("DictionaryValue", "Lot")},
        {QStringLiteral("serial"), QT_TRANSLATE_NOOP("DictionaryValue", "Serial number")},
        // unit dimensions
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("DictionaryValue", "Count")},
        {QStringLiteral("mass"), QT_TRANSLATE_NOOP("DictionaryValue", "Mass")},
        {QStringLiteral("length"), QT_TRANSLATE_NOOP("DictionaryValue", "Length")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("DictionaryValue", "Volume")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("DictionaryValue", "Time")},
        {QStringLiteral("temperature"), QT_TRANSLATE_NOOP("DictionaryValue", "Temperature")},
        {QStringLiteral("pressure"), QT_TRANSLATE_NOOP("DictionaryValue", "Pressure")},
        {QStringLiteral("flow"), QT_TRANSLATE_NOOP("DictionaryValue", "Flow")},
        {QStringLiteral("energy_density"), QT_TRANSLATE_NOOP("DictionaryValue", "Energy density")},
        {QStringLiteral("current"), QT_TRANSLATE_NOOP("DictionaryValue", "Electric current")},
        {QStringLiteral("voltage"), QT_TRANSLATE_NOOP("DictionaryValue", "Voltage")},
        {QStringLiteral("resistance"), QT_TRANSLATE_NOOP("DictionaryValue", "Resistance")},
        {QStringLiteral("ratio"), QT_TRANSLATE_NOOP("DictionaryValue", "Ratio")},
        {QStringLiteral("force"), QT_TRANSLATE_NOOP("DictionaryValue", "Force")},
        // equipment levels
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("DictionaryValue", "Site")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("DictionaryValue", "Area")},
        {QStringLiteral("line"), QT_TRANSLATE_NOOP("DictionaryValue", "Line")},
        {QStringLiteral("work_centre"), QT_TRANSLATE_NOOP("DictionaryValue", "Work centre")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("DictionaryValue", "Unit")},
        // supplier approval, customer kinds, location status types
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("DictionaryValue", "Pending")},
        {QStringLiteral("conditional"), QT_TRANSLATE_NOOP("DictionaryValue", "Conditional")},
        {QStringLiteral("disqualified"), QT_TRANSLATE_NOOP("DictionaryValue", "Disqualified")},
        {QStringLiteral("hospital"), QT_TRANSLATE_NOOP("DictionaryValue", "Hospital")},
        {QStringLiteral("distributor"), QT_TRANSLATE_NOOP("DictionaryValue", "Distributor")},
        {QStringLiteral("clinic"), QT_TRANSLATE_NOOP("DictionaryValue", "Clinic")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("DictionaryValue", "Other")},
        {QStringLiteral("general"), QT_TRANSLATE_NOOP("DictionaryValue", "General")},
        {QStringLiteral("quarantine"), QT_TRANSLATE_NOOP("DictionaryValue", "Quarantine")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("DictionaryValue", "Released")},
        {QStringLiteral("on_hold"), QT_TRANSLATE_NOOP("DictionaryValue", "On hold")},
        // versions and change orders
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("DictionaryValue", "Draft")},
        {QStringLiteral("in_review"), QT_TRANSLATE_NOOP("DictionaryValue", "In review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("DictionaryValue", "Approved")},
        {QStringLiteral("superseded"), QT_TRANSLATE_NOOP("DictionaryValue", "Superseded")},
        {QStringLiteral("obsolete"), QT_TRANSLATE_NOOP("DictionaryValue", "Obsolete")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("DictionaryValue", "Rejected")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("DictionaryValue", "Cancelled")},
        // versioned entities named in change-order items and pins
        {QStringLiteral("material"), QT_TRANSLATE_NOOP("DictionaryValue", "Material")},
        {QStringLiteral("bom"), QT_TRANSLATE_NOOP("DictionaryValue", "BOM")},
        {QStringLiteral("routing"), QT_TRANSLATE_NOOP("DictionaryValue", "Routing")},
    };
    return values;
}

// "params.data.lines[2].qtyPer" / "lines[position=3].qtyPer" / "name"
const QRegularExpression &pathPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:params\\.data\\.)?([A-Za-z0-9_]+)(?:\\[([^\\]]*)\\])?(?:\\.([A-Za-z0-9_]+))?$"));
    return re;
}
} // namespace

DataDictionary::DataDictionary(const QJsonObject &answer)
{
    for (const QJsonValue &e : answer.value(QStringLiteral("entities")).toArray())
        m_entities.append(e.toObject());
}

QJsonObject DataDictionary::entity(const QString &entityName) const
{
    for (const QJsonObject &e : m_entities)
        if (name(e) == entityName) return e;
    return {};
}

QList<QJsonObject> DataDictionary::children(const QString &parent) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : m_entities)
        if (kind(e) == QLatin1String("child") && e.value(QStringLiteral("parent")).toString() == parent) out.append(e);
    return out;
}

int DataDictionary::fieldCount() const
{
    int n = 0;
    for (const QJsonObject &e : m_entities)
        n += int(e.value(QStringLiteral("fields")).toArray().size());
    return n;
}

QJsonObject DataDictionary::field(const QJsonObject &entity, const QString &fieldName)
{
    for (const QJsonValue &f : entity.value(QStringLiteral("fields")).toArray())
        if (f.toObject().value(QStringLiteral("name")).toString() == fieldName) return f.toObject();
    return {};
}

QList<QJsonObject> DataDictionary::fields(const QJsonObject &entity)
{
    QList<QJsonObject> out;
    for (const QJsonValue &f : entity.value(QStringLiteral("fields")).toArray())
        out.append(f.toObject());
    return out;
}

QString DataDictionary::methodPrefix(const QString &entityName)
{
    QString out;
    bool upper = false;
    for (const QChar c : entityName) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString DataDictionary::method(const QJsonObject &entity, const char *verb)
{
    return methodPrefix(name(entity)) + QLatin1Char('.') + QLatin1String(verb);
}

QString DataDictionary::label(const QJsonObject &entry)
{
    const QString english = entry.value(QStringLiteral("label")).toString();
    return english.isEmpty() ? entry.value(QStringLiteral("name")).toString()
                             : QCoreApplication::translate("Dictionary", english.toUtf8().constData());
}

QString DataDictionary::description(const QJsonObject &entry)
{
    const QString english = entry.value(QStringLiteral("description")).toString();
    return english.isEmpty() ? QString() : QCoreApplication::translate("Dictionary", english.toUtf8().constData());
}

QString DataDictionary::entityLabel(const QString &entityName)
{
    const auto it = entityLabels().constFind(entityName);
    return it == entityLabels().constEnd() ? entityName : QCoreApplication::translate("Dictionary", *it);
}

QString DataDictionary::valueLabel(const QString &value)
{
    const auto it = valueLabels().constFind(value);
    if (it != valueLabels().constEnd()) return QCoreApplication::translate("DictionaryValue", *it);
    if (!value.contains(QLatin1Char('_'))) return value; // codes such as device classes (IIa)
    QString text = value;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

QString DataDictionary::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("plain")) return tr("Plain (changed in place, audited)");
    if (kind == QLatin1String("versioned")) return tr("Versioned (change order)");
    if (kind == QLatin1String("child")) return tr("Rows of a version");
    if (kind == QLatin1String("record")) return tr("Workflow record");
    return kind;
}

QString DataDictionary::typeLabel(const QString &type)
{
    if (type == QLatin1String("text")) return tr("Text");
    if (type == QLatin1String("integer")) return tr("Whole number");
    if (type == QLatin1String("decimal")) return tr("Decimal");
    if (type == QLatin1String("date")) return tr("Date");
    if (type == QLatin1String("bool")) return tr("Yes/no");
    if (type == QLatin1String("enum")) return tr("Choice");
    if (type == QLatin1String("ref")) return tr("Reference");
    return type;
}

QString DataDictionary::unitOf(const QJsonObject &field, const QJsonObject &record)
{
    const QString fixed = field.value(QStringLiteral("unit")).toString();
    if (!fixed.isEmpty()) return fixed;
    const QString unitField = field.value(QStringLiteral("unitField")).toString();
    return unitField.isEmpty() ? QString() : record.value(unitField).toString();
}

QString DataDictionary::valueText(const QJsonObject &field, const QJsonValue &value, const QJsonObject &record)
{
    if (value.isNull() || value.isUndefined()) return {};
    const QString type = field.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("enum")) return valueLabel(value.toString());
    if (type == QLatin1String("bool")) return value.toBool() ? tr("Yes") : tr("No");
    if (type == QLatin1String("integer") || type == QLatin1String("decimal")) {
        const QString number = value.isString() ? value.toString() : QString::number(value.toInteger());
        const QString unit = unitOf(field, record);
        return unit.isEmpty() || number.isEmpty() ? number : number + QLatin1Char(' ') + unit;
    }
    return plainText(value);
}

QString DataDictionary::plainText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.value().isNull() && !(it.value().isString() && it.value().toString().isEmpty()))
                parts.append(it.key() + QStringLiteral(": ") + plainText(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QJsonObject DataDictionary::fieldAtPath(const QJsonObject &entity, const QString &path, int *row) const
{
    const auto m = pathPattern().match(path);
    if (!m.hasMatch()) return {};
    if (m.captured(2).isNull() && m.captured(3).isEmpty()) return field(entity, m.captured(1));
    for (const QJsonObject &child : children(name(entity))) {
        if (child.value(QStringLiteral("member")).toString() != m.captured(1)) continue;
        if (row) *row = m.captured(2).toInt();
        return field(child, m.captured(3));
    }
    return {};
}

QString DataDictionary::pathLabel(const QJsonObject &entity, const QString &path) const
{
    const auto m = pathPattern().match(path);
    if (!m.hasMatch()) return path;
    if (m.captured(2).isNull() && m.captured(3).isEmpty()) {
        const QJsonObject f = field(entity, m.captured(1));
        return f.isEmpty() ? m.captured(1) : label(f);
    }
    QJsonObject child;
    for (const QJsonObject &c : children(name(entity)))
        if (c.value(QStringLiteral("member")).toString() == m.captured(1)) child = c;
    if (child.isEmpty()) return path;
    QString rowText;
    const QString key = m.captured(2);
    if (key.contains(QLatin1Char('='))) { // a diff key: "position=3" or "operation=10,name=Seal temperature"
        QStringList parts;
        for (const QString &part : key.split(QLatin1Char(','))) {
            const QString fieldName = part.section(QLatin1Char('='), 0, 0);
            const QJsonObject f = field(child, fieldName);
            parts.append((f.isEmpty() ? fieldName : label(f)) + QLatin1Char(' ') + part.section(QLatin1Char('='), 1));
        }
        rowText = tr("%1 (%2)").arg(label(child), parts.join(QStringLiteral(", ")));
    } else {
        rowText = tr("%1 %2").arg(label(child)).arg(key.toInt() + 1); // validation paths count from 0
    }
    if (m.captured(3).isEmpty()) return rowText;
    const QJsonObject f = field(child, m.captured(3));
    return rowText + QStringLiteral(" · ") + (f.isEmpty() ? m.captured(3) : label(f));
}

} // namespace concord
