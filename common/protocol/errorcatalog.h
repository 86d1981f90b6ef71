#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace concord::errorcatalog {

// The one list of symbolic error codes with their English message templates ({name} placeholders
// filled from the error's args). Clients translate by the same code; the templates are marked with
// QT_TRANSLATE_NOOP("RpcError", ...) so lupdate collects them.
struct Entry
{
    const char *code;
    int rpcCode;
    const char *english;
};

const QList<Entry> &entries();
int rpcCodeFor(const QString &dataCode);
QString englishTemplate(const QString &dataCode);
QString fill(QString text, const QJsonObject &args);
QString englishMessage(const QString &dataCode, const QJsonObject &args);

} // namespace concord::errorcatalog
