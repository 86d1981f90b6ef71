#pragma once
// Shared by the UI tests: short string literals and finding widgets by objectName.
#include <QDebug>
#include <QObject>
#include <QString>

namespace concord::test {

inline QString s(const char *text) { return QString::fromUtf8(text); }

// The child with this objectName (a warning names what is missing, so a failing test says why).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w) qWarning() << "no child" << name << "in" << parent;
    return w;
}

} // namespace concord::test
