#include "json/canonicaljson.h"
#include "storage/writecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace concord;

class TstCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsKeysAndDropsWhitespace()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({ "b": 1, "a": {"z": true, "y": null}, "c": [3, "x"] })").object();
        QCOMPARE(canonicalJson(o), QByteArray(R"({"a":{"y":null,"z":true},"b":1,"c":[3,"x"]})"));
    }
    void numbers()
    {
        QCOMPARE(canonicalJson(QJsonArray{1.0, -0.5, 1e21, 123456789012.0, 0.1}), QByteArray("[1,-0.5,1e+21,123456789012,0.1]"));
    }
    void escapesControlCharactersAndKeepsUnicode()
    {
        const QString s = QStringLiteral("a\"b\\c\n\x01") + QString::fromUtf8("输液器 😀");
        QCOMPARE(canonicalJson(QJsonValue(s)), QByteArray("\"a\\\"b\\\\c\\n\\u0001") + QString::fromUtf8("输液器 😀").toUtf8() + "\"");
    }
    void hashIsStableAndSensitive()
    {
        const QJsonObject a{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QStringLiteral("v")}};
        QJsonObject b = a;
        QCOMPARE(canonicalHash(a), canonicalHash(b));
        b.insert(QStringLiteral("y"), QStringLiteral("w"));
        QVERIFY(canonicalHash(a) != canonicalHash(b));
        QCOMPARE(canonicalHash(a).size(), 64);
    }
    void auditBuilderEqualsGenericCanonicalForm()
    {
        // The write path assembles the audit row's canonical JSON by hand; it must be byte-identical
        // to the generic serialiser's output, or old rows would stop verifying.
        const QJsonObject changes{{QStringLiteral("state"), QJsonArray{QStringLiteral("active"), QStringLiteral("acknowledged")}},
                                  {QStringLiteral("note"), QJsonArray{QJsonValue(), QString::fromUtf8("密封 \"x\"\n")}}};
        const QByteArray prev(64, 'a');
        const QByteArray built = WriteContext::auditCanonical(42, QStringLiteral("2026-11-25T18:00:00.123Z"), 7, QStringLiteral("qa"),
                                                              QStringLiteral("update"), QStringLiteral("alarm"), QStringLiteral("12"),
                                                              canonicalJson(changes), QStringLiteral("tab\there"), QStringLiteral("127.0.0.1:5"), prev);
        const QByteArray generic = canonicalJson(WriteContext::auditContent(42, QStringLiteral("2026-11-25T18:00:00.123Z"), 7, QStringLiteral("qa"),
                                                                            QStringLiteral("update"), QStringLiteral("alarm"), QStringLiteral("12"),
                                                                            changes, QStringLiteral("tab\there"), QStringLiteral("127.0.0.1:5"), prev));
        QCOMPARE(built, generic);
    }
};

QTEST_GUILESS_MAIN(TstCanonicalJson)
#include "tst_canonicaljson.moc"
