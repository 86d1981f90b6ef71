#pragma once
#include <QCompleter>
#include <QJsonObject>
#include <QList>

namespace concord::ui {

// Completion for a material code: offers "CODE — Name" for every material whose code or name
// contains what was typed; codeOf() takes the code back out of a chosen entry.
class MaterialCompleter : public QCompleter
{
    Q_OBJECT
public:
    MaterialCompleter(const QList<QJsonObject> &materials, QObject *parent = nullptr);
    static QString entry(const QJsonObject &material);
    static QString codeOf(const QString &text);
};

} // namespace concord::ui
