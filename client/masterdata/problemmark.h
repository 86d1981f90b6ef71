#pragma once
#include <QString>

class QWidget;

namespace concord::ui::problemmark {

// Marks a header field of a record editor as refused (red background, the message as tooltip and
// in the "problem" property for tests) or clears the mark.
void set(QWidget *field, const QString &message);
void clear(QWidget *field);
QString of(const QWidget *field); // the message, empty when the field is not marked

} // namespace concord::ui::problemmark
