#include "protocol/jsonrpc.h"
#include "protocol/lineframer.h"
#include "rpc/schema.h"
#include "storage/migrator.h"
#include "storage/sqlcatalog.h"

#include <QJsonArray>
#include <QtTest>

using namespace concord;

class TstProtocolUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framerSplitsAndLimits()
    {
        LineFramer f(10);
        QList<QByteArray> lines;
        QVERIFY(f.feed("abc\r\nde", lines));
        QCOMPARE(lines, QList<QByteArray>{"abc"});
        QVERIFY(f.feed("f\n\n", lines));
        QCOMPARE(lines, (QList<QByteArray>{"abc", "def"}));
        QVERIFY(!f.feed("0123456789AB", lines)); // no newline yet, already over the limit
        QVERIFY(f.overflowed());
    }
    void parseClassifies()
    {
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"2.0","id":1,"method":"a.b","params":{}})").kind, jsonrpc::Incoming::Request);
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"2.0","method":"a.b"})").kind, jsonrpc::Incoming::Notification);
        const auto bad = jsonrpc::parse("{nope");
        QCOMPARE(bad.kind, jsonrpc::Incoming::Invalid);
        QCOMPARE(bad.problem.dataCode, QStringLiteral("protocol.parse_error"));
        QCOMPARE(jsonrpc::parse("[1,2]").problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"2.0","id":1,"method":"a","params":[1]})").problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"2.0","id":{},"method":"a"})").problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"1.0","id":1,"method":"a"})").problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(jsonrpc::parse(R"({"jsonrpc":"2.0","id":1,"method":"a","extra":1})").problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(jsonrpc::parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\xfe\"}").kind, jsonrpc::Incoming::Invalid);
        // Strict strings: raw control characters and unknown escapes would otherwise be stored changed.
        QCOMPARE(jsonrpc::parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\tb\"}").problem.dataCode, QStringLiteral("protocol.parse_error"));
        // (plain string literals: moc mis-reads raw strings that contain \")
        QCOMPARE(jsonrpc::parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\",\"params\":{\"m\":\"\\x41\"}}").problem.dataCode,
                 QStringLiteral("protocol.parse_error"));
        const auto escaped = jsonrpc::parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\",\"params\":{\"m\":\"\\u0041\\n\\\"\\\\\\/\"}}");
        QCOMPARE(escaped.kind, jsonrpc::Incoming::Request);
        QCOMPARE(escaped.params.value(QStringLiteral("m")).toString(), QStringLiteral("A\n\"\\/"));
    }
    void parseLineBatches()
    {
        const auto single = jsonrpc::parseLine(R"({"jsonrpc":"2.0","method":"a.b"})", 10);
        QVERIFY(!single.batch && single.problem.isNull());
        QCOMPARE(single.messages.size(), 1);
        QCOMPARE(single.messages.first().kind, jsonrpc::Incoming::Notification);
        const auto batch = jsonrpc::parseLine(R"([{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","method":"b"},1,{"jsonrpc":"2.0","id":2,"result":{}}])", 10);
        QVERIFY(batch.batch && batch.problem.isNull());
        QCOMPARE(batch.messages.size(), 4);
        QCOMPARE(batch.messages.at(0).kind, jsonrpc::Incoming::Request);
        QCOMPARE(batch.messages.at(1).kind, jsonrpc::Incoming::Notification);
        QCOMPARE(batch.messages.at(2).problem.dataCode, QStringLiteral("protocol.invalid_request"));
        QCOMPARE(batch.messages.at(3).kind, jsonrpc::Incoming::Response);
        // Refused as a whole: not JSON, empty, too many members.
        QCOMPARE(jsonrpc::parseLine("[{\"jsonrpc\"", 10).problem.dataCode, QStringLiteral("protocol.parse_error"));
        QCOMPARE(jsonrpc::parseLine("[]", 10).problem.dataCode, QStringLiteral("protocol.invalid_request"));
        const auto tooMany = jsonrpc::parseLine("[1,2,3]", 2);
        QCOMPARE(tooMany.problem.dataCode, QStringLiteral("limit.batch_too_large"));
        QCOMPARE(tooMany.problem.code, -32029);
        QVERIFY(tooMany.messages.isEmpty());
        QCOMPARE(jsonrpc::parseLine("[1,2]", 2).messages.size(), 2);
        QCOMPARE(jsonrpc::encode(QJsonArray{QJsonObject{{QStringLiteral("a"), 1}}}), QByteArray("[{\"a\":1}]\n"));
    }
    void errorShape()
    {
        const RpcError e = RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), QStringLiteral("x.y")}, {QStringLiteral("method"), QStringLiteral("m")}});
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value(QStringLiteral("code")).toInt(), -32003);
        QCOMPARE(j.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("auth.denied"));
        QVERIFY(j.value(QStringLiteral("message")).toString().contains(QStringLiteral("x.y")));
        QCOMPARE(RpcError::fromJson(j).dataCode, QStringLiteral("auth.denied"));
    }
    void schemaValidation()
    {
        using namespace schema;
        const QJsonObject s = object({{QStringLiteral("n"), integer(1, 10)}, {QStringLiteral("s"), string(3, 1)},
                                      {QStringLiteral("e"), oneOf({QStringLiteral("a"), QStringLiteral("b")})},
                                      {QStringLiteral("l"), array(integer(), 2)}},
                                     {QStringLiteral("n")});
        QVERIFY(validate(s, QJsonObject{{QStringLiteral("n"), 5}}).isEmpty());
        QCOMPARE(validate(s, QJsonObject{}).first().code, QStringLiteral("required"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 5.5}}).first().code, QStringLiteral("type"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1e300}}).first().code, QStringLiteral("maximum"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("zz"), 1}}).first().code, QStringLiteral("unknown"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("s"), QStringLiteral("long")}}).first().field, QStringLiteral("params.s"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("e"), QStringLiteral("c")}}).first().code, QStringLiteral("enum"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("l"), QJsonArray{1, 2, 3}}}).first().code, QStringLiteral("maxItems"));
        QCOMPARE(validate(s, QJsonObject{{QStringLiteral("n"), 1}, {QStringLiteral("l"), QJsonArray{1, QStringLiteral("x")}}}).first().field, QStringLiteral("params.l[1]"));
    }
    void migrationSplitter()
    {
        const QString text = QStringLiteral("CREATE TABLE a (x INT);\n-- comment;\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"
                                            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$;\n");
        const QStringList parts = Migrator::splitStatements(text);
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(parts.at(2).endsWith(QLatin1String("$$;")));
    }
    void sqlCatalogDialects()
    {
        SqlCatalog pg = SqlCatalog::load(Dialect::Postgres, nullptr);
        SqlCatalog lite = SqlCatalog::load(Dialect::Sqlite, nullptr);
        QVERIFY(lite.contains(QStringLiteral("audit.insert")));
        QString err;
        SqlCatalog c;
        c.addText(QStringLiteral("-- name: x.y\nSELECT 1;\n-- name: x.y @postgres\nSELECT 2;\n"), QStringLiteral("t"), &err);
        QVERIFY(err.isEmpty());
        QCOMPARE(c.get(QStringLiteral("x.y")), QStringLiteral("SELECT 1;"));
        Q_UNUSED(pg);
    }
    // Optional filters: one statement per combination; NULL values leave their line out.
    void sqlCatalogOptionalFilters()
    {
        QString err;
        SqlCatalog c;
        c.addText(QStringLiteral("-- name: t.list\nSELECT id FROM t\nWHERE a = ?  -- optional: a\n  AND (b LIKE ? OR c LIKE ?)  -- optional: bc\n"
                                 "ORDER BY id LIMIT ?;\n"),
                  QStringLiteral("t"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(c.optionalFilters(QStringLiteral("t.list")), (QStringList{QStringLiteral("a"), QStringLiteral("bc")}));
        QCOMPARE(c.names().size(), 4);
        QVERIFY(c.contains(QStringLiteral("t.list")));
        QVERIFY(c.get(QStringLiteral("t.list")).isEmpty()); // only its shapes run
        QCOMPARE(c.get(QStringLiteral("t.list[]")), QStringLiteral("SELECT id FROM t\nORDER BY id LIMIT ?;"));
        QCOMPARE(c.get(QStringLiteral("t.list[a,bc]")), QStringLiteral("SELECT id FROM t\nWHERE a = ?\n  AND (b LIKE ? OR c LIKE ?)\nORDER BY id LIMIT ?;"));
        // Without the WHERE line, the next filter takes the WHERE over.
        QCOMPARE(c.get(QStringLiteral("t.list[bc]")), QStringLiteral("SELECT id FROM t\n  WHERE (b LIKE ? OR c LIKE ?)\nORDER BY id LIMIT ?;"));

        const auto none = c.resolve(QStringLiteral("t.list"), {QVariant(), QVariant(), QVariant(), 10});
        QCOMPARE(none.name, QStringLiteral("t.list[]"));
        QCOMPARE(none.binds, (QVariantList{10}));
        const auto bc = c.resolve(QStringLiteral("t.list"), {QVariant(), QStringLiteral("%x%"), QStringLiteral("%x%"), 10});
        QCOMPARE(bc.name, QStringLiteral("t.list[bc]"));
        QCOMPARE(bc.binds, (QVariantList{QStringLiteral("%x%"), QStringLiteral("%x%"), 10}));
        // An empty text is a value (SQL ''), not an absent filter.
        QCOMPARE(c.resolve(QStringLiteral("t.list"), {QString(), QVariant(), QVariant(), 1}).name, QStringLiteral("t.list[a]"));
        QVERIFY(!c.resolve(QStringLiteral("t.list"), {QVariant(), QStringLiteral("%x%"), QVariant(), 1}).error.isEmpty());
        // Plain statements pass through.
        QCOMPARE(c.resolve(QStringLiteral("x.z"), {1}).name, QStringLiteral("x.z"));

        // A dialect's own text replaces every shape of the plain one.
        SqlCatalog lite;
        lite.addText(QStringLiteral("-- name: t.q @sqlite\nSELECT 2;\n-- name: t.q\nSELECT 1 WHERE a = ?  -- optional: a\n;\n"), QStringLiteral("t"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(lite.names(), QStringList{QStringLiteral("t.q")});
        QCOMPARE(lite.get(QStringLiteral("t.q")), QStringLiteral("SELECT 2;"));
    }
};

QTEST_GUILESS_MAIN(TstProtocolUnits)
#include "tst_protocol_units.moc"
