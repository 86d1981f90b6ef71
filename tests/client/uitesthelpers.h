#pragma once
#include <QStringList>
// Shared by the UI tests: short string literals, finding widgets by objectName, dialogs opened with
// open().
#include <QDebug>
#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>
#include <QWidget>
#include <QtTest>

namespace concord::test {

// Settings and pinned certificates of this test go to Qt's test locations, under its own name,
// never into the real user's configuration.
inline void isolateSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConcordTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
}

inline QString s(const char *text) { return QString::fromUtf8(text); }

// The child with this objectName (a warning names what is missing, so a failing test says why).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w) qWarning() << "no child" << name << "in" << parent;
    return w;
}

// The dialog of this type that is open under `parent` (dialogs are opened with open(), not exec();
// they delete themselves when closed, hence the QPointer).
template <typename T> QPointer<T> openDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *d : parent->findChildren<T *>())
                if (d->isVisible()) found = d;
            return found != nullptr;
        },
        10000);
    if (!found) qWarning() << "no open" << T::staticMetaObject.className() << "under" << parent;
    return found;
}

inline void click(QWidget *parent, const char *button)
{
    auto *b = child<QPushButton>(parent, button);
    QVERIFY2(b, button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

template <typename T> bool closed(const QPointer<T> &dialog)
{
    return !dialog || !dialog->isVisible();
}

// RFC 4180 records of an exported CSV text (CRLF line ends, doubled quotes), for checking exports.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(std::exchange(field, {}));
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace concord::test
