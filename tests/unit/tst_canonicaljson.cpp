#include "json/canonicaljson.h"

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
};

QTEST_GUILESS_MAIN(TstCanonicalJson)
#include "tst_canonicaljson.moc"
