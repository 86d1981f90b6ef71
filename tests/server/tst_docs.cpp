// The documentation cannot drift from the server: the committed rpc.discover copy must equal what a
// running server serves, every registered method and every error code must be described in
// docs/protocol.md, and every configuration key, environment variable and command-line flag the
// server reads must be described in docs/configuration.md.
//
// Regenerate docs/api/rpc-discover.json after changing a method:
//   CONCORD_UPDATE_DOCS=1 build/tests/tst_docs
#include "protocol/errorcatalog.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

// The project's source directory (the tests' CMakeLists.txt lives in <source>/tests).
QString sourceDir()
{
#if defined(CONCORD_SOURCE_DIR)
    return QStringLiteral(CONCORD_SOURCE_DIR);
#elif defined(QT_TESTCASE_SOURCEDIR)
    // Set by Qt6::Test to the SOURCE_DIR of the test target: <source>/tests.
    return QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/..")).absolutePath();
#else
    return QDir(QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../..")).absolutePath();
#endif
}

QString discoverFile() { return sourceDir() + QStringLiteral("/docs/api/rpc-discover.json"); }

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The server's version changes with every release; the catalogue should not have to.
QJsonObject withoutVersion(QJsonObject discover)
{
    QJsonObject info = discover.value(QStringLiteral("info")).toObject();
    info.remove(QStringLiteral("version"));
    discover.insert(QStringLiteral("info"), info);
    return discover;
}

QHash<QString, QJsonObject> methodsByName(const QJsonObject &discover)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : discover.value(QStringLiteral("methods")).toArray())
        out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    return out;
}

// True if `name` occurs in `text` as a whole identifier (so "auth.login" is not found inside
// "auth.login_refused" and "events.cursor" not inside "events.cursor.get").
bool mentions(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_.])") + QRegularExpression::escape(name) +
                                QStringLiteral("(?![A-Za-z0-9_]|\\.[A-Za-z])"));
    return re.match(text).hasMatch();
}

} // namespace

class TstDocs : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QJsonObject m_discover;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY2(QFile::exists(sourceDir() + QStringLiteral("/CMakeLists.txt")), qPrintable(sourceDir()));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        auto c = m_server->client();
        QVERIFY(c);
        // Public: no session needed.
        const auto r = c->call(QStringLiteral("rpc.discover"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        m_discover = r.result;
        QVERIFY(m_discover.value(QStringLiteral("methods")).toArray().size() > 0);
    }

    void committedDiscoverEqualsLiveServer()
    {
        if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("CONCORD_UPDATE_DOCS")) == QLatin1String("1")) {
            // QJsonObject keeps its keys sorted, so the indented text has sorted keys.
            QDir().mkpath(QFileInfo(discoverFile()).absolutePath());
            QSaveFile f(discoverFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(m_discover).toJson(QJsonDocument::Indented));
            QVERIFY(f.commit());
            qInfo().noquote() << "wrote" << discoverFile();
            return;
        }
        const QString hint = QStringLiteral("regenerate it with CONCORD_UPDATE_DOCS=1 %1 and describe the change in docs/protocol.md")
                                 .arg(QCoreApplication::applicationFilePath());
        QFile f(discoverFile());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(discoverFile() + QStringLiteral(" is missing; ") + hint));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        QVERIFY2(doc.isObject(), qPrintable(discoverFile() + QStringLiteral(": ") + pe.errorString()));

        const QJsonObject committed = withoutVersion(doc.object());
        const QJsonObject live = withoutVersion(m_discover);
        if (committed == live)
            return;
        // Say which methods differ, not just that the documents do.
        const auto a = methodsByName(committed);
        const auto b = methodsByName(live);
        QStringList problems;
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                problems << QStringLiteral("new method %1").arg(it.key());
            else if (a.value(it.key()) != it.value())
                problems << QStringLiteral("changed method %1").arg(it.key());
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!b.contains(it.key()))
                problems << QStringLiteral("removed method %1").arg(it.key());
        if (problems.isEmpty())
            problems << QStringLiteral("method order or top-level fields differ");
        problems.sort();
        QFAIL(qPrintable(QStringLiteral("docs/api/rpc-discover.json differs from the server's rpc.discover (%1); %2")
                             .arg(problems.join(QStringLiteral(", ")), hint)));
    }

    void everyMethodIsDescribed()
    {
        // docs/protocol.md, or a hand-written page under docs/api/ (the generated JSON does not count:
        // it is regenerated mechanically and describes nothing).
        QString text = readText(sourceDir() + QStringLiteral("/docs/protocol.md"));
        QVERIFY2(!text.isEmpty(), "docs/protocol.md is missing");
        const QDir api(sourceDir() + QStringLiteral("/docs/api"));
        for (const QString &md : api.entryList({QStringLiteral("*.md")}, QDir::Files))
            text += readText(api.filePath(md));
        QStringList missing;
        for (const QJsonValue &v : m_discover.value(QStringLiteral("methods")).toArray()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            if (!mentions(text, name))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not described in docs/protocol.md (method table, section 9): ") +
                                               missing.join(QStringLiteral(", "))));
    }

    void everyErrorCodeIsDescribed()
    {
        const QString text = readText(sourceDir() + QStringLiteral("/docs/protocol.md"));
        QStringList missing;
        for (const errorcatalog::Entry &e : errorcatalog::entries()) {
            const QString code = QString::fromLatin1(e.code);
            if (!text.contains(QLatin1Char('`') + code + QLatin1Char('`')))
                missing << code;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("error codes missing from the table in docs/protocol.md: ") +
                                               missing.join(QStringLiteral(", "))));
    }

    void everySettingIsDescribed()
    {
        const QString doc = readText(sourceDir() + QStringLiteral("/docs/configuration.md"));
        QVERIFY2(!doc.isEmpty(), "docs/configuration.md is missing");
        const QString code = readText(sourceDir() + QStringLiteral("/server/core/serverconfig.cpp"));
        QVERIFY(!code.isEmpty());

        QStringList wanted;
        // str("server/listen", "CONCORD_LISTEN", ...) and num(...): ini key and environment variable.
        static const QRegularExpression pair(QStringLiteral("\\b(?:str|num)\\(\"([A-Za-z]+/[A-Za-z]+)\",\\s*\"(CONCORD_[A-Z0-9_]+)\""));
        for (auto it = pair.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            wanted << m.captured(1) << m.captured(2);
        }
        // Other environment variables read directly (CONCORD_DATA, CONCORD_CONFIG).
        static const QRegularExpression envRead(QStringLiteral("env\\.value\\(QStringLiteral\\(\"(CONCORD_[A-Z0-9_]+)\"\\)"));
        for (auto it = envRead.globalMatch(code); it.hasNext();)
            wanted << it.next().captured(1);
        // Command-line options: QCommandLineOption optX(QStringLiteral("name"), ...).
        static const QRegularExpression option(QStringLiteral("QCommandLineOption\\s+\\w+\\(QStringLiteral\\(\"([a-z-]+)\"\\)"));
        for (auto it = option.globalMatch(code); it.hasNext();)
            wanted << QStringLiteral("--") + it.next().captured(1);
        QVERIFY2(wanted.size() > 20, "found almost no settings in server/core/serverconfig.cpp: its format changed; update this test");

        // The keys of the shipped ini file (commented or not): [section] + key=.
        QString section;
        for (const QString &line : readText(sourceDir() + QStringLiteral("/resources/concord-server.ini")).split(QLatin1Char('\n'))) {
            static const QRegularExpression sec(QStringLiteral("^\\[([A-Za-z]+)\\]"));
            static const QRegularExpression key(QStringLiteral("^;?([A-Za-z]+)="));
            if (const auto m = sec.match(line); m.hasMatch())
                section = m.captured(1);
            else if (const auto k = key.match(line); k.hasMatch() && !section.isEmpty())
                wanted << section + QLatin1Char('/') + k.captured(1);
        }
        wanted.removeDuplicates();

        QStringList missing;
        for (const QString &w : std::as_const(wanted))
            if (!doc.contains(QLatin1Char('`') + w + QLatin1Char('`')) && !doc.contains(QLatin1Char('`') + w + QLatin1Char(' ')))
                missing << w;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not described in docs/configuration.md: ") + missing.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TstDocs)
#include "tst_docs.moc"
