#include "masterdata/entities.h"

#include "dictionary/dictionary.h"
#include "protocol/rpcerror.h"
#include "storage/sql.h"
#include "value/decimal.h"

#include <QJsonArray>
#include <QSet>

namespace concord::masterdata {

namespace {
void add(QList<FieldError> &errors, const RuleContext &ctx, const QString &field, const QString &code, const QString &message)
{
    errors.append({ctx.path + QLatin1Char('.') + field, code, message});
}

std::optional<Decimal> dec(const QJsonValue &v)
{
    return v.isString() ? Decimal::parse(v.toString()) : std::nullopt;
}

// GS1 mod-10 check digit over the first 13 digits of a GTIN-14.
bool gtinCheckDigitOk(const QString &gtin)
{
    int sum = 0;
    for (int i = 0; i < 13; ++i)
        sum += (gtin.at(i).digitValue()) * ((i % 2 == 0) ? 3 : 1);
    return (10 - sum % 10) % 10 == gtin.at(13).digitValue();
}

QString dimensionOf(Sql &sql, const QString &uom)
{
    const auto row = sql.one(QStringLiteral("masterdata.uom_get"), {uom});
    return row ? row->value(QStringLiteral("dimension")).toString() : QString();
}
} // namespace

void checkUom(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    const auto offset = dec(r.value(QStringLiteral("zeroOffset")));
    if (offset && !offset->isZero() && r.value(QStringLiteral("dimension")).toString() != QLatin1String("temperature"))
        add(errors, ctx, QStringLiteral("zeroOffset"), QStringLiteral("offset_not_allowed"), QStringLiteral("only temperature units have a zero offset"));
}

void checkMaterial(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    const bool finished = r.value(QStringLiteral("type")).toString() == QLatin1String("finished");
    const QString gtin = r.value(QStringLiteral("gtin")).toString();
    if (!gtin.isEmpty() && !gtinCheckDigitOk(gtin))
        add(errors, ctx, QStringLiteral("gtin"), QStringLiteral("check_digit"), QStringLiteral("the GS1 check digit is wrong"));
    if (!gtin.isEmpty() && !finished)
        add(errors, ctx, QStringLiteral("gtin"), QStringLiteral("finished_only"), QStringLiteral("only finished devices have a GTIN"));
    if (r.value(QStringLiteral("deviceClass")).isString() && !finished)
        add(errors, ctx, QStringLiteral("deviceClass"), QStringLiteral("finished_only"), QStringLiteral("only finished devices have a device class"));
    if (r.value(QStringLiteral("tracking")).toString() == QLatin1String("serial") &&
        dimensionOf(ctx.sql, r.value(QStringLiteral("unit")).toString()) != QLatin1String("count"))
        add(errors, ctx, QStringLiteral("unit"), QStringLiteral("unit_incompatible"), QStringLiteral("serialised materials are counted in pieces"));
}

void checkBom(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    const QString code = r.value(QStringLiteral("code")).toString();
    const auto type = ctx.sql.scalar(QStringLiteral("masterdata.material_type"), {code}).toString();
    if (type != QLatin1String("finished") && type != QLatin1String("semi_finished"))
        add(errors, ctx, QStringLiteral("code"), QStringLiteral("material_type"), QStringLiteral("only finished and semi-finished materials have a BOM"));
    const QJsonArray lines = r.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        const QString field = QStringLiteral("lines[%1].unit").arg(i);
        const auto unit = ctx.sql.one(QStringLiteral("masterdata.material_unit"), {l.value(QStringLiteral("component")).toString()});
        const QString lineDim = dimensionOf(ctx.sql, l.value(QStringLiteral("unit")).toString());
        if (unit && !lineDim.isEmpty() && unit->value(QStringLiteral("dimension")).toString() != lineDim)
            add(errors, ctx, field, QStringLiteral("unit_incompatible"),
                QStringLiteral("%1 (%2) cannot be converted to the component's unit %3 (%4)")
                    .arg(l.value(QStringLiteral("unit")).toString(), lineDim, unit->value(QStringLiteral("code")).toString(),
                         unit->value(QStringLiteral("dimension")).toString()));
    }
    if (!errors.isEmpty())
        return;
    // A BOM that contains itself at any depth: walk the components' BOMs (newest and in force).
    QStringList path{code};
    QSet<QString> done;
    std::function<void(const QString &)> walk = [&](const QString &material) {
        const QStringList components = [&] {
            QStringList out;
            if (material == code) {
                for (const QJsonValue &l : lines)
                    out.append(l.toObject().value(QStringLiteral("component")).toString());
            } else {
                for (const QJsonValue &row : ctx.sql.rows(QStringLiteral("masterdata.bom_components"), {material, material, ctx.now, ctx.now}))
                    out.append(row.toObject().value(QStringLiteral("component")).toString());
            }
            return out;
        }();
        for (const QString &c : components) {
            if (c == code)
                throw RpcError::make(QStringLiteral("rule.bom_cycle"), {{QStringLiteral("path"), (path + QStringList{c}).join(QStringLiteral(" > "))}});
            if (done.contains(c) || path.size() > 50)
                continue;
            path.append(c);
            walk(c);
            path.removeLast();
            done.insert(c);
        }
    };
    walk(code);
}

void checkRouting(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    QSet<qint64> seqs;
    const QJsonArray ops = r.value(QStringLiteral("operations")).toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QJsonObject op = ops.at(i).toObject();
        seqs.insert(op.value(QStringLiteral("seq")).toInteger());
        const auto wc = ctx.sql.one(QStringLiteral("masterdata.equipment_parent"), {op.value(QStringLiteral("workCentre")).toString()});
        if (wc && wc->value(QStringLiteral("level")).toString() != QLatin1String("work_centre"))
            add(errors, ctx, QStringLiteral("operations[%1].workCentre").arg(i), QStringLiteral("level"), QStringLiteral("must be equipment of level work_centre"));
    }
    const QJsonArray params = r.value(QStringLiteral("parameters")).toArray();
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject p = params.at(i).toObject();
        const QString at = QStringLiteral("parameters[%1].").arg(i);
        if (!seqs.contains(p.value(QStringLiteral("operation")).toInteger()))
            add(errors, ctx, at + QStringLiteral("operation"), QStringLiteral("ref"),
                QStringLiteral("operation %1 is not in this routing").arg(p.value(QStringLiteral("operation")).toInteger()));
        const auto lo = dec(p.value(QStringLiteral("minimum")));
        const auto hi = dec(p.value(QStringLiteral("maximum")));
        const auto target = dec(p.value(QStringLiteral("target")));
        if (lo && hi && *lo > *hi)
            add(errors, ctx, at + QStringLiteral("minimum"), QStringLiteral("limits"),
                QStringLiteral("minimum %1 is greater than maximum %2").arg(lo->toString(), hi->toString()));
        else if (target && ((lo && *target < *lo) || (hi && *target > *hi)))
            add(errors, ctx, at + QStringLiteral("target"), QStringLiteral("limits"), QStringLiteral("target %1 is outside the limits").arg(target->toString()));
    }
}

void checkEquipment(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    static const QStringList levels{QStringLiteral("site"), QStringLiteral("area"), QStringLiteral("line"), QStringLiteral("work_centre"), QStringLiteral("unit")};
    const QString code = r.value(QStringLiteral("code")).toString();
    const QString level = r.value(QStringLiteral("level")).toString();
    if (r.value(QStringLiteral("measuring")).toBool() && r.value(QStringLiteral("calibrationIntervalDays")).isNull())
        add(errors, ctx, QStringLiteral("calibrationIntervalDays"), QStringLiteral("required"), QStringLiteral("measuring equipment needs a calibration interval"));
    const QString parent = r.value(QStringLiteral("parent")).toString();
    if (parent.isEmpty()) {
        if (level != QLatin1String("site"))
            add(errors, ctx, QStringLiteral("parent"), QStringLiteral("required"), QStringLiteral("only a site has no parent"));
        return;
    }
    const auto p = ctx.sql.one(QStringLiteral("masterdata.equipment_parent"), {parent});
    if (p && levels.indexOf(p->value(QStringLiteral("level")).toString()) >= levels.indexOf(level))
        add(errors, ctx, QStringLiteral("parent"), QStringLiteral("level"), QStringLiteral("the parent must be on a higher level than %1").arg(level));
    QString at = parent;
    for (int depth = 0; !at.isEmpty() && depth < 20; ++depth) {
        if (at == code)
            throw RpcError::make(QStringLiteral("rule.hierarchy_cycle"), {{QStringLiteral("recordType"), QStringLiteral("equipment")}, {QStringLiteral("recordId"), code}});
        const auto row = ctx.sql.one(QStringLiteral("masterdata.equipment_parent"), {at});
        at = row ? row->value(QStringLiteral("parent")).toString() : QString();
    }
}

void checkTraining(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &errors)
{
    const QString trained = r.value(QStringLiteral("trainedOn")).toString();
    const QString expires = r.value(QStringLiteral("expiresOn")).toString();
    if (!expires.isEmpty() && expires <= trained)
        add(errors, ctx, QStringLiteral("expiresOn"), QStringLiteral("limits"), QStringLiteral("must be after the training date"));
}

void checkLocation(RuleContext &ctx, const QJsonObject &r, QList<FieldError> &)
{
    const QString code = r.value(QStringLiteral("code")).toString();
    QString at = r.value(QStringLiteral("parent")).toString();
    for (int depth = 0; !at.isEmpty() && depth < 20; ++depth) {
        if (at == code)
            throw RpcError::make(QStringLiteral("rule.hierarchy_cycle"), {{QStringLiteral("recordType"), QStringLiteral("location")}, {QStringLiteral("recordId"), code}});
        const auto row = ctx.sql.one(QStringLiteral("masterdata.location_parent"), {at});
        at = row ? row->value(QStringLiteral("parent")).toString() : QString();
    }
}

} // namespace concord::masterdata
