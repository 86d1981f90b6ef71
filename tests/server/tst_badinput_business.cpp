// Bad input at the business level (brief 05): refused writes change nothing; injection strings are stored verbatim.
// Fixture, helpers and the shared server: badinputsupport.h.
#include "badinputsupport.h"

class TstBadInputBusiness : public QObject, protected BadInputSupport
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fixtureInit(); }
    void cleanup() { fixtureCleanup(); }
    void cleanupTestCase() { fixtureCleanupAll(); }

    void businessRefusalsChangeNothing()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString vf = QStringLiteral("validation.failed");
        const QString raise = QStringLiteral("alarm.raise"), ack = QStringLiteral("alarm.acknowledge");
        auto alarm = [](const QString &sev, const QString &source, const QString &message) {
            return p({{QStringLiteral("severity"), sev}, {QStringLiteral("source"), source}, {QStringLiteral("message"), message}});
        };
        // Negative, zero and unknown ids.
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 0}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), -1}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), -9007199254740991.0}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 987654321}}), QStringLiteral("not_found")));
        {
            const auto r = qa->call(ack, p({{QStringLiteral("id"), 987654321}}));
            QCOMPARE(r.error.code, -32004);
            QCOMPARE(r.error.args.value(QStringLiteral("recordId")).toString(), QStringLiteral("987654321"));
            QCOMPARE(r.error.args.value(QStringLiteral("recordType")).toString(), QStringLiteral("alarm"));
        }
        // Bad values in a raise.
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("fatal"), QStringLiteral("s"), QStringLiteral("m")), vf, {QStringLiteral("params.severity")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("INFO"), QStringLiteral("s"), QStringLiteral("m")), vf, {QStringLiteral("params.severity")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QStringLiteral("s"), QString()), vf, {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QString(), QStringLiteral("m")), vf, {QStringLiteral("params.source")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QStringLiteral("s"), QString(1001, QLatin1Char('x'))), vf, {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QString(101, QLatin1Char('s')), QStringLiteral("m")), vf, {QStringLiteral("params.source")}));
        {
            QJsonObject a = alarm(QStringLiteral("info"), QStringLiteral("s"), QStringLiteral("m"));
            for (const QString &topic : {QStringLiteral("Bad Topic"), QStringLiteral("x'; DROP TABLE alarm; --"), QString(65, QLatin1Char('a')), QString()}) {
                a.insert(QStringLiteral("topic"), topic);
                CHECK(rejectCall(*qa, raise, a, vf, {QStringLiteral("params.topic")}));
            }
        }
        // Operations out of sequence: acknowledging twice.
        const auto raised = qa->call(raise, alarm(QStringLiteral("warning"), QStringLiteral("tst"), QStringLiteral("to be acknowledged")));
        QVERIFY2(raised.ok(), qPrintable(raised.error.message));
        const qint64 id = raised.result.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(qa->call(ack, p({{QStringLiteral("id"), id}, {QStringLiteral("comment"), QStringLiteral("seen")}})).ok());
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), id}}), QStringLiteral("rule.alarm_state")));
        // An idempotency key already used for another request: refused, and the refusal audited.
        const QString key = QStringLiteral("bad-input-") + QUuid::createUuid().toString(QUuid::Id128);
        QJsonObject keyed = alarm(QStringLiteral("info"), QStringLiteral("tst"), QStringLiteral("keyed"));
        keyed.insert(QStringLiteral("idempotencyKey"), key);
        const auto first = qa->call(raise, keyed);
        QVERIFY(first.ok());
        for (const QJsonObject &reuse : {p({{QStringLiteral("id"), first.result.value(QStringLiteral("id")).toInteger()}, {QStringLiteral("idempotencyKey"), key}}),
                                         [&] { QJsonObject o = keyed; o.insert(QStringLiteral("severity"), QStringLiteral("critical")); return o; }()}) {
            const Snapshot before = snapshot();
            const QString method = reuse.contains(QStringLiteral("id")) ? ack : raise;
            const auto r = qa->call(method, reuse);
            CHECK(responseProblem(r, QStringLiteral("conflict.idempotency_key")));
            CHECK(onlyAuditedSince(before, QStringLiteral("request.refused"), method));
        }
        {
            QJsonObject o = keyed;
            o.insert(QStringLiteral("idempotencyKey"), QString(129, QLatin1Char('k')));
            CHECK(rejectCall(*qa, raise, o, vf, {QStringLiteral("params.idempotencyKey")}));
        }

        // User administration.
        auto admin = srv().login(QStringLiteral("admin"));
        QVERIFY(admin);
        const QString create = QStringLiteral("user.create");
        auto user = [](const QString &name) {
            return p({{QStringLiteral("username"), name}, {QStringLiteral("fullName"), QStringLiteral("Someone")}, {QStringLiteral("reason"), QStringLiteral("test")}});
        };
        CHECK(rejectCall(*admin, create, user(QStringLiteral("Bad Name")), vf, {QStringLiteral("params.username")}));
        CHECK(rejectCall(*admin, create, user(QStringLiteral("x'--")), vf, {QStringLiteral("params.username")}));
        CHECK(rejectCall(*admin, create, user(QStringLiteral("qa")), QStringLiteral("rule.user_reserved")));
        CHECK(rejectCall(*admin, create, p({{QStringLiteral("username"), QStringLiteral("new.one")}, {QStringLiteral("fullName"), QStringLiteral("N")}}), vf,
                         {QStringLiteral("params.reason")}));
        {
            QJsonObject u = user(QStringLiteral("new.two"));
            u.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("operator"), QStringLiteral("no-such-role")});
            CHECK(rejectCall(*admin, create, u, vf));
            u.insert(QStringLiteral("kind"), QStringLiteral("robot"));
            CHECK(rejectCall(*admin, create, u, vf, {QStringLiteral("params.kind")}));
        }
        CHECK(rejectCall(*admin, QStringLiteral("user.update"),
                         p({{QStringLiteral("userId"), 987654}, {QStringLiteral("rowVersion"), 1}, {QStringLiteral("reason"), QStringLiteral("r")}}),
                         QStringLiteral("not_found")));
    }

    // ---------------------------------------------------------------- injection: stored verbatim

    void injectionStringsStoredVerbatim()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        QString controls;
        for (char16_t u = 1; u < 0x20; ++u)
            controls.append(QChar(u));
        controls += QChar(0x7f);
        QString thousand;
        for (int i = 0; i < 1000; ++i)
            thousand.append(QChar(u"a中\u00e9'\"\\%_; "[i % 10])); // 10 characters
        const QStringList messages{
            QStringLiteral("'; DROP TABLE alarm; --"),
            QStringLiteral("Robert'); DELETE FROM audit_log; --"),
            QStringLiteral("\" OR 1=1 --"),
            QStringLiteral("1; UPDATE app_user SET password_hash = '' WHERE 1=1"),
            QStringLiteral("%_%' ESCAPE '\\"),
            QStringLiteral("$1 $$ ?; :name @p0 {{ID}}"),
            QStringLiteral("\\x00\\'\\\"\\\\ /* */ -- #"),
            controls,
            QStringLiteral("line1\nline2\r\nline3\ttab \u001b[31mred\u001b[0m \u0007bell"),
            QStringLiteral("<script>alert(1)</script> &amp; &#0;"),
            QStringLiteral("中文 日本語 한국어 \u202eRTL\u202c zero\u200bwidth \ufeffbom \U0001F600 \U0001F9EA"),
            QStringLiteral("   leading and trailing spaces   "),
            thousand,
            QString(1000, QChar(0x4e2d)),
        };
        QHash<qint64, QString> byId;
        for (const QString &m : messages) {
            const auto r = qa->call(QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("info")},
                                                                     {QStringLiteral("source"), m.left(100)},
                                                                     {QStringLiteral("message"), m}}));
            QVERIFY2(r.ok(), qPrintable(r.error.dataCode + QLatin1Char(' ') + r.error.message + QLatin1Char(' ') +
                                        (r.error.details.isEmpty() ? QString() : r.error.details.first().field + QLatin1Char(' ') + r.error.details.first().message)));
            QCOMPARE(r.result.value(QStringLiteral("message")).toString(), m);
            byId.insert(r.result.value(QStringLiteral("id")).toInteger(), m);
        }
        // Read back through the API ...
        const auto list = qa->call(QStringLiteral("alarm.list"), p({{QStringLiteral("limit"), 1000}}));
        QVERIFY(list.ok());
        int found = 0;
        for (const QJsonValue &v : list.result.value(QStringLiteral("alarms")).toArray()) {
            const QJsonObject a = v.toObject();
            const qint64 id = a.value(QStringLiteral("id")).toInteger();
            if (!byId.contains(id))
                continue;
            ++found;
            QCOMPARE(a.value(QStringLiteral("message")).toString(), byId.value(id));
            QCOMPARE(a.value(QStringLiteral("source")).toString(), byId.value(id).left(100));
        }
        QCOMPARE(found, byId.size());
        // ... straight from the database ...
        const QString name = QStringLiteral("verbatim-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT message, source FROM alarm WHERE id = ?"));
                q.addBindValue(it.key());
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toString(), it.value());
                QCOMPARE(q.value(1).toString(), it.value().left(100));
            }
        }
        QSqlDatabase::removeDatabase(name);
        // ... and in the audit trail, whose chain still verifies; the tables are all still there.
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const auto rows = qa->call(QStringLiteral("audit.query"), p({{QStringLiteral("recordType"), QStringLiteral("alarm")},
                                                                       {QStringLiteral("recordId"), QString::number(it.key())}}));
            QVERIFY(rows.ok());
            const QJsonArray a = rows.result.value(QStringLiteral("rows")).toArray();
            QCOMPARE(a.size(), 1);
            QCOMPARE(a.at(0).toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("message")).toArray().at(1).toString(), it.value());
        }
        const auto verify = qa->call(QStringLiteral("audit.verify"));
        QVERIFY(verify.ok());
        QVERIFY2(verify.result.value(QStringLiteral("ok")).toBool(), qPrintable(compact(verify.result)));
    }

    void unstorableCharacters()
    {
        // U+0000 and unpaired UTF-16 surrogates are valid in JSON text ("\u0000", "\ud800") but
        // cannot be stored as text verbatim (PostgreSQL refuses NUL; UTF-8 has no lone
        // surrogates). They must be refused up front with a named field, never half-stored,
        // mangled or answered with an internal error.
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QList<QByteArray> values{"nul\\u0000inside", "\\u0000", "lone \\ud800 high", "lone \\udc00 low", "reversed \\udc00\\ud800 pair"};
        for (const QByteArray &v : values) {
            const QByteArray b = "{\"jsonrpc\":\"2.0\",\"id\":\"c\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"tst\",\"message\":\"" +
                                 v + "\"}}";
            CHECK(rejectRaw(*qa, b, {QStringLiteral("validation.failed")}, -32602, QStringLiteral("c")));
        }
        // A correct surrogate pair is fine and comes back as sent.
        const QByteArray pair = "{\"jsonrpc\":\"2.0\",\"id\":\"ok\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"tst\","
                                "\"message\":\"pair \\ud83d\\ude00\"}}";
        QVERIFY(qa->sendRaw(pair + '\n'));
        bool ok = false;
        const QJsonObject m = qa->readMessage(10000, &ok);
        QVERIFY(ok);
        QCOMPARE(m.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("pair \U0001F600"));
    }
};

QTEST_GUILESS_MAIN(TstBadInputBusiness)
#include "tst_badinput_business.moc"
