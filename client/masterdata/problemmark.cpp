#include "masterdata/problemmark.h"

#include <QVariant>
#include <QWidget>

namespace concord::ui::problemmark {

namespace {
const char *const kProperty = "problem";
}

void set(QWidget *field, const QString &message)
{
    if (!field) return;
    field->setProperty(kProperty, message);
    field->setToolTip(message);
    field->setStyleSheet(QStringLiteral("background-color: #ffd7d7; color: #8b0000;"));
}

void clear(QWidget *field)
{
    if (!field || of(field).isEmpty()) return;
    field->setProperty(kProperty, QString());
    field->setToolTip(QString());
    field->setStyleSheet(QString());
}

QString of(const QWidget *field)
{
    return field ? field->property(kProperty).toString() : QString();
}

} // namespace concord::ui::problemmark
