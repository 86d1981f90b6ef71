#include "masterdata/csvmethods.h"

#include "audit/audithead.h"
#include "core/clock.h"
#include "core/services.h"
#include "dictionary/dictionary.h"
#include "masterdata/csvexport.h"
#include "masterdata/csvimport.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "storage/readsnapshot.h"
#include "storage/writer.h"

#include <QJsonArray>

namespace concord {

namespace {
const QString kImportFailed = QStringLiteral("validation.import");
// The largest file a request line can carry (limits/maxLineBytes is 8 MiB by default).
constexpr int kMaxText = 8 * 1024 * 1024;

// How an import that must not stay in the database leaves the write job: as an error, so that the
// writer rolls back the job's savepoint exactly as for any failed request — audit chain head and
// event outbox included — with the whole report in its args. A dry run turns it back into its
// result (done below); a real import with problems reaches the caller as this error.
RpcError importFailed(QJsonObject report)
{
    report.insert(QStringLiteral("count"), report.value(QStringLiteral("problemCount")));
    return RpcError::make(kImportFailed, report);
}

void answer(const CallPtr &call, const QJsonObject &report, bool dryRun)
{
    if (dryRun)
        return call->reply(report);
    call->fail(importFailed(report));
}

// The file as text: bytes (csvBase64, what a client reads from disk) must be UTF-8; text (csv)
// arrived as JSON and is Unicode already, but a U+FFFD in it means it was decoded wrongly before.
std::optional<QString> fileText(const CallPtr &call)
{
    const QJsonObject p = call->params;
    const bool hasText = p.contains(QStringLiteral("csv"));
    if (hasText == p.contains(QStringLiteral("csvBase64"))) {
        call->fail(RpcError::validation({{QStringLiteral("params.csv"), QStringLiteral("required"),
                                          QStringLiteral("give either csv (text) or csvBase64 (the file's bytes)")}}));
        return std::nullopt;
    }
    if (hasText) {
        QString text = p.value(QStringLiteral("csv")).toString();
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        if (bad >= 0) {
            call->fail(RpcError::make(QStringLiteral("validation.encoding"), {{QStringLiteral("line"), int(text.left(bad).count(QLatin1Char('\n'))) + 1}}));
            return std::nullopt;
        }
        return text;
    }
    const auto bytes = QByteArray::fromBase64Encoding(p.value(QStringLiteral("csvBase64")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes) {
        call->fail(RpcError::validation({{QStringLiteral("params.csvBase64"), QStringLiteral("format"), QStringLiteral("is not base64")}}));
        return std::nullopt;
    }
    int badLine = 0;
    auto text = csv::decodeUtf8(*bytes, &badLine);
    if (!text)
        call->fail(RpcError::make(QStringLiteral("validation.encoding"), {{QStringLiteral("line"), badLine}}));
    return text;
}

void importCsv(Services &s, const CallPtr &call)
{
    const QJsonObject p = call->params;
    const EntityDef *e = dictionary().find(p.value(QStringLiteral("entity")).toString());
    const EntityDef *owner = e->kind == EntityKind::Child ? dictionary().find(e->parent) : e;
    // Importing changes the entity: its own edit permission too (refusal audited like any other).
    if (!call->principal.has(owner->editPermission))
        return s.dispatcher.deny(call, RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), owner->editPermission},
                                                                                     {QStringLiteral("method"), call->method}}));
    const bool dryRun = p.value(QStringLiteral("dryRun")).toBool();
    const auto text = fileText(call);
    if (!text)
        return;
    // Syntax and header need no database: answered here, nothing written.
    const csv::Parsed parsed = csv::parse(*text);
    csvimport::Report early;
    early.rows = int(qMax<qsizetype>(0, parsed.records.size() - 1));
    if (!parsed.error.isEmpty())
        early.problems.append({parsed.errorRow, QString(), QStringLiteral("csv_syntax"), parsed.error});
    else if (parsed.records.isEmpty())
        early.problems.append({1, QString(), QStringLiteral("missing_column"), QStringLiteral("the file is empty; its first row must name the columns")});
    else
        early.problems = csvimport::checkHeader(*e, parsed.records.constFirst().cells);
    if (!early.problems.isEmpty())
        return answer(call, early.toJson(dryRun, false), dryRun);

    // Every row in one job of the writer, i.e. inside one transaction (and the job's savepoint).
    WriteJob job;
    job.principal = call->principal;
    job.method = call->method;
    job.idempotencyKey = call->idempotencyKey;
    job.work = [e, dryRun, records = parsed.records](WriteContext &ctx) {
        const csvimport::Report report = csvimport::run(ctx, *e, records);
        if (dryRun || !report.problems.isEmpty())
            throw importFailed(report.toJson(dryRun, false));
        // A file equal to what is stored writes no record: the import itself is still on record.
        if (report.created + report.changed == 0)
            ctx.audit(QStringLiteral("masterdata.import"), e->name, QString(),
                      {{QStringLiteral("rowsUnchanged"), QJsonArray{QJsonValue(), report.unchanged}}},
                      QStringLiteral("import of %1 rows: every row equal to what is stored").arg(report.rows));
        return report.toJson(false, true);
    };
    job.done = [call, dryRun](const QJsonObject &result, const RpcError &error) {
        if (error.isNull())
            return call->reply(result);
        if (dryRun && error.dataCode == kImportFailed) {
            QJsonObject report = error.args;
            report.remove(QStringLiteral("count"));
            return call->reply(report);
        }
        call->fail(error);
    };
    s.writer.submit(std::move(job));
}
} // namespace

void registerCsvMethods(Services &s)
{
    using namespace schema;
    const QStringList entities = csvexport::entityNames(dictionary());
    s.registry.add({
        .name = QStringLiteral("masterdata.export"),
        .summary = QStringLiteral("One entity as a CSV file (UTF-8, RFC 4180): a header of its field names, one row per record ordered by code; "
                                  "versioned entities and their rows as in force at asOf (default now); auditHead is the audit chain head the data reflects."),
        .permission = QStringLiteral("masterdata.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("entity"), oneOf(entities)}, {QStringLiteral("asOf"), dateTime()}}, {QStringLiteral("entity")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) {
            const QString entity = p.value(QStringLiteral("entity")).toString();
            const QString at = p.contains(QStringLiteral("asOf")) ? clock::toIso(clock::fromIso(p.value(QStringLiteral("asOf")).toString())) : clock::nowIso();
            int rows = 0;
            // One snapshot for the head and the rows: the file is the data as of that audit head.
            ReadSnapshot snapshot(ctx.sql());
            const AuditHead head = readAuditHead(ctx.sql());
            const QString text = csvexport::exportCsv(ctx.sql(), *dictionary().find(entity), at, &rows);
            return QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("asOf"), at}, {QStringLiteral("rows"), rows},
                               {QStringLiteral("csv"), text}, {QStringLiteral("auditHead"), head.toJson()}};
        },
    });
    s.registry.add({
        .name = QStringLiteral("masterdata.import"),
        .summary = QStringLiteral("Imports a CSV file of one entity in one transaction through the same checks as the API (also needs the "
                                  "entity's edit permission); versioned data arrives as drafts. Any problem, or dryRun, imports nothing and "
                                  "reports every problem by row and column."),
        .permission = QStringLiteral("masterdata.import"),
        .kind = MethodKind::Inline,
        .inlineWrites = true,
        .params = object({{QStringLiteral("entity"), oneOf(entities)},
                          {QStringLiteral("csv"), text(kMaxText)},
                          {QStringLiteral("csvBase64"), string(kMaxText)},
                          {QStringLiteral("dryRun"), boolean()}},
                         {QStringLiteral("entity"), QStringLiteral("dryRun")}),
        .inlineHandler = [&s](const CallPtr &call) { importCsv(s, call); },
    });
}

} // namespace concord
