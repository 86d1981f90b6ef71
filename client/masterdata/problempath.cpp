#include "masterdata/problempath.h"

#include <QRegularExpression>

namespace concord::ui {

ProblemPath ProblemPath::parse(const QString &path)
{
    static const QRegularExpression rowPattern(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\[(\\d+)\\](?:\\.(.+))?$"));
    QString rest = path;
    for (const QString &prefix :
         {QStringLiteral("params.data."), QStringLiteral("params."), QStringLiteral("data.")}) {
        if (rest.startsWith(prefix)) {
            rest = rest.mid(prefix.size());
            break;
        }
    }
    ProblemPath p;
    const QRegularExpressionMatch m = rowPattern.match(rest);
    if (m.hasMatch()) {
        p.member = m.captured(1);
        p.row = m.captured(2).toInt();
        p.field = m.captured(3);
        return p;
    }
    p.field = rest;
    return p;
}

} // namespace concord::ui
