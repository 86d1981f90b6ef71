#include "auditverify.h"

#include "core/syncrpcclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace concord::ctl {

namespace {
// audit.verify takes at most this many anchors per call; a longer file is checked in parts.
constexpr qsizetype kAnchorsPerCall = 20000;

bool readAnchors(const QString &path, QJsonArray *anchors, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    int number = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++number;
        if (line.isEmpty()) continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1:%2 is not an anchor (one JSON object per line): %3")
                         .arg(path)
                         .arg(number)
                         .arg(pe.errorString());
            return false;
        }
        anchors->append(doc.object());
    }
    return true;
}

void printFinding(const QJsonObject &f, const QString &anchorFile)
{
    const QString where = f.value(QStringLiteral("source")).toString() == QLatin1String("serverFile")
                              ? QStringLiteral("server's anchor file")
                              : anchorFile;
    const QString anchor =
        QStringLiteral("anchor %1:%2 (%3, %4 %5)")
            .arg(where)
            .arg(f.value(QStringLiteral("line")).toInteger())
            .arg(f.value(QStringLiteral("at")).toString(), f.value(QStringLiteral("reason")).toString(),
                 f.value(QStringLiteral("server")).toString());
    const qint64 seq = f.value(QStringLiteral("seq")).toInteger();
    const QString anchored = f.value(QStringLiteral("anchoredHash")).toString();
    if (f.value(QStringLiteral("finding")).toString() == QLatin1String("rowMissing"))
        std::printf("MISSING   entry #%lld: %s says its hash was %s; the database no longer has that entry\n",
                    seq, qPrintable(anchor), qPrintable(anchored));
    else
        std::printf("REWRITTEN entry #%lld: %s says its hash was %s; the database has %s\n", seq,
                    qPrintable(anchor), qPrintable(anchored),
                    qPrintable(f.value(QStringLiteral("foundHash")).toString()));
}
} // namespace

int auditVerify(SyncRpcClient &client, const QString &anchorFile, bool serverAnchors)
{
    if (anchorFile.isEmpty() && !serverAnchors) {
        // Without anchors: the answer as it is (as before anchors existed).
        const auto r = client.call(QStringLiteral("audit.verify"));
        if (!r.ok()) {
            std::fprintf(stderr, "error %s: %s\n", qPrintable(r.error.dataCode), qPrintable(r.error.message));
            return 1;
        }
        std::fputs(QJsonDocument(r.result).toJson(QJsonDocument::Indented).constData(), stdout);
        return r.result.value(QStringLiteral("ok")).toBool() ? 0 : 4;
    }
    QJsonArray anchors;
    QString error;
    if (!anchorFile.isEmpty() && !readAnchors(anchorFile, &anchors, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QJsonObject last;
    QJsonObject firstBroken;
    qint64 checked = 0, matched = 0, mismatched = 0, unreadable = 0;
    QList<QJsonObject> findings;
    for (qsizetype from = 0; from == 0 || from < anchors.size(); from += kAnchorsPerCall) {
        QJsonArray part;
        for (qsizetype i = from; i < anchors.size() && i < from + kAnchorsPerCall; ++i)
            part.append(anchors.at(i));
        QJsonObject params{{QStringLiteral("anchors"), part}};
        if (serverAnchors && from == 0) params.insert(QStringLiteral("serverAnchors"), true);
        const auto r = client.call(QStringLiteral("audit.verify"), params);
        if (!r.ok()) {
            std::fprintf(stderr, "error %s: %s\n", qPrintable(r.error.dataCode), qPrintable(r.error.message));
            for (const FieldError &f : r.error.details)
                std::fprintf(stderr, "  %s: %s\n", qPrintable(f.field), qPrintable(f.message));
            return 1;
        }
        last = r.result;
        if (firstBroken.isEmpty()) firstBroken = r.result.value(QStringLiteral("firstBroken")).toObject();
        const QJsonObject a = r.result.value(QStringLiteral("anchors")).toObject();
        checked += a.value(QStringLiteral("checked")).toInteger();
        matched += a.value(QStringLiteral("matched")).toInteger();
        mismatched += a.value(QStringLiteral("mismatched")).toInteger();
        unreadable += a.value(QStringLiteral("unreadableLines")).toInteger();
        for (const QJsonValue &f : a.value(QStringLiteral("findings")).toArray())
            findings.append(f.toObject());
    }

    if (firstBroken.isEmpty())
        std::printf("audit chain: intact, %lld entries, head #%lld %s\n",
                    last.value(QStringLiteral("rowsChecked")).toInteger(),
                    last.value(QStringLiteral("headSeq")).toInteger(),
                    qPrintable(last.value(QStringLiteral("headHash")).toString()));
    else
        std::printf("audit chain: BROKEN at entry #%lld: %s\n",
                    firstBroken.value(QStringLiteral("seq")).toInteger(),
                    qPrintable(firstBroken.value(QStringLiteral("reason")).toString()));
    std::printf("anchors: %lld checked, %lld matched, %lld do not match\n", checked, matched, mismatched);
    if (unreadable > 0)
        std::printf("anchors: %lld line(s) of the server's anchor file are not anchors and were skipped\n",
                    unreadable);
    for (const QJsonObject &f : std::as_const(findings))
        printFinding(f, anchorFile);
    if (qint64(findings.size()) < mismatched)
        std::printf("(%lld more findings not listed)\n", mismatched - qint64(findings.size()));
    const char *status = !firstBroken.isEmpty() ? "chainBroken"
                         : mismatched > 0       ? "anchorsMismatched"
                                                : "verified";
    std::printf("status: %s\n", status);
    if (!firstBroken.isEmpty()) return 4;
    if (mismatched > 0) {
        qint64 first = 0;
        for (const QJsonObject &f : std::as_const(findings)) {
            const qint64 seq = f.value(QStringLiteral("seq")).toInteger();
            first = first == 0 ? seq : qMin(first, seq);
        }
        std::printf("The audit trail in the database is not the one the anchors saw: rewritten at or before "
                    "entry #%lld, or cut short.\n",
                    first);
        return 5;
    }
    return 0;
}

} // namespace concord::ctl
