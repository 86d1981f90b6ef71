#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace concord {

// The unified data dictionary as dictionary.get serves it, and how its entries read for a person:
// every label, description and allowed value translated (labels and descriptions in the context
// "Dictionary", the server marks them; values in "DictionaryValue"). The server owns the
// definitions; this only looks things up and formats values — no rule lives here.
class DataDictionary
{
    Q_DECLARE_TR_FUNCTIONS(DataDictionary)
public:
    DataDictionary() = default;
    explicit DataDictionary(const QJsonObject &answer);

    bool isEmpty() const { return m_entities.isEmpty(); }
    const QList<QJsonObject> &entities() const { return m_entities; }
    QJsonObject entity(const QString &name) const;
    // The child entities (BOM lines …) of a versioned entity, in dictionary order.
    QList<QJsonObject> children(const QString &parent) const;
    int fieldCount() const; // over every entity

    static QJsonObject field(const QJsonObject &entity, const QString &name);
    static QList<QJsonObject> fields(const QJsonObject &entity);
    static QString name(const QJsonObject &entity) { return entity.value(QStringLiteral("name")).toString(); }
    static QString kind(const QJsonObject &entity) { return entity.value(QStringLiteral("kind")).toString(); }
    static bool isVersioned(const QJsonObject &entity) { return kind(entity) == QLatin1String("versioned"); }
    static bool isPlain(const QJsonObject &entity) { return kind(entity) == QLatin1String("plain"); }
    // The prefix of the entity's methods: "training_record" -> "trainingRecord".
    static QString methodPrefix(const QString &entityName);
    static QString method(const QJsonObject &entity, const char *verb);

    // Translated label / description of an entity or a field entry.
    static QString label(const QJsonObject &entry);
    static QString description(const QJsonObject &entry);
    // An entity's translated label by its name, also without the dictionary at hand (error texts);
    // unknown names come back as they are.
    static QString entityLabel(const QString &entityName);
    // An allowed value of an enum field, a version or change-order status: "semi_finished" ->
    // "Semi-finished"; unknown values are shown readably ("on_hold" -> "On hold").
    static QString valueLabel(const QString &value);
    static QString kindLabel(const QString &kind);  // plain, versioned, child, record
    static QString typeLabel(const QString &type);  // text, integer, decimal …
    // The unit a field's value is in: its fixed unit, or the value of its unit field in `record`.
    static QString unitOf(const QJsonObject &field, const QJsonObject &record = {});
    // A field's value as a person reads it: enum values translated, yes/no, numbers with their unit.
    static QString valueText(const QJsonObject &field, const QJsonValue &value, const QJsonObject &record = {});
    // Any JSON value of a diff or an unknown field, readably (objects as "key: value, …").
    static QString plainText(const QJsonValue &value);

    // The field a path of a validation.failed answer points at: "params.data.lines[2].qtyPer" is
    // the field qtyPer of the child entity whose member is "lines"; `row` gets "2" then.
    QJsonObject fieldAtPath(const QJsonObject &entity, const QString &path, int *row = nullptr) const;
    // A path as a person reads it: "BOM line 3 · Quantity per" (rows counted from 1), or a diff
    // key "lines[position=3].qtyPer" as "BOM line (Position 3) · Quantity per".
    QString pathLabel(const QJsonObject &entity, const QString &path) const;

private:
    QList<QJsonObject> m_entities;
};

} // namespace concord
