#include "masterdata/masterdatapage.h"

#include "core/rpcclient.h"
#include "masterdata/entityform.h"
#include "masterdata/entitylistmodel.h"
#include "masterdata/entitypage.h"
#include "masterdata/fieldeditor.h"
#include "masterdata/recordpanel.h"
#include "masterdata/versionhistorypanel.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <memory>

namespace concord::ui {

namespace {
constexpr int kEntityRole = Qt::UserRole;
constexpr int kSearchLimit = 20;
} // namespace

MasterDataPage::MasterDataPage(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("masterDataPage"));
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("entityKinds"));

    m_pages = new QStackedWidget(this);
    m_status = new QLabel(tr("Loading the data dictionary …"), this);
    m_status->setObjectName(QStringLiteral("masterDataStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_pages->addWidget(m_status);
    connect(m_kinds, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) showEntity(item->data(kEntityRole).toString());
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kinds);
    layout->addWidget(m_pages, 1);
    if (client) {
        connect(client, &RpcClient::sessionReady, this, [this] {
            if (!isLoaded()) load();
        });
        if (client->sessionUsable()) load();
    }
}

void MasterDataPage::load()
{
    if (!m_client || m_loading) return;
    m_loading = true;
    m_client->call(QStringLiteral("dictionary.get"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        m_loading = false;
        if (!e.isNull()) {
            m_status->setText(errorText(e));
            return;
        }
        build(r);
    });
}

void MasterDataPage::build(const QJsonObject &answer)
{
    m_answer = answer;
    m_dictionary = DataDictionary(answer);
    m_kinds->clear();
    // Versioned entities first: they are the controlled ones (change orders); then the plain ones.
    const auto section = [this](const QString &title, const QString &explanation) {
        auto *item = new QListWidgetItem(title, m_kinds);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(explanation);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    };
    for (const bool versioned : {true, false}) {
        if (versioned)
            section(tr("Versioned"), tr("Versions take effect only through an approved change order."));
        else
            section(tr("Plain"), tr("Changed in place; every change is audited with its reason."));
        for (const QJsonObject &e : m_dictionary.entities()) {
            if (DataDictionary::isVersioned(e) != versioned || !(DataDictionary::isVersioned(e) || DataDictionary::isPlain(e)))
                continue;
            auto *item = new QListWidgetItem(DataDictionary::label(e), m_kinds);
            item->setData(kEntityRole, DataDictionary::name(e));
            item->setToolTip(DataDictionary::description(e));
        }
    }
    // As wide as the longest label (in the language shown), no wider: the lists need the room.
    m_kinds->setFixedWidth(m_kinds->sizeHintForColumn(0) + 2 * m_kinds->frameWidth() + 16);
    Q_EMIT loaded();
    if (!m_kinds->currentItem()) showEntity(QStringLiteral("material"));
}

EntityPage *MasterDataPage::entityPage(const QString &entity)
{
    if (EntityPage *page = m_pageByEntity.value(entity)) return page;
    const QJsonObject e = m_dictionary.entity(entity);
    if (!DataDictionary::isPlain(e) && !DataDictionary::isVersioned(e)) return nullptr;
    auto *page = new EntityPage(m_client, e, m_answer, m_pages);
    m_pages->addWidget(page);
    m_pageByEntity.insert(entity, page);
    connect(page, &EntityPage::openRecord, this,
            [this](const QString &target, const QString &code, int version) { showRecord(target, code, version); });
    return page;
}

EntityPage *MasterDataPage::currentPage() const
{
    return qobject_cast<EntityPage *>(m_pages->currentWidget());
}

bool MasterDataPage::showEntity(const QString &entity)
{
    EntityPage *page = entityPage(entity);
    if (!page) return false;
    m_pages->setCurrentWidget(page);
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(kEntityRole).toString() != entity) continue;
        const QSignalBlocker block(m_kinds);
        m_kinds->setCurrentRow(row);
    }
    return true;
}

void MasterDataPage::showRecord(const QString &entity, const QString &code, int version)
{
    if (!showEntity(entity)) return;
    EntityPage *page = entityPage(entity);
    page->showTab(QStringLiteral("record"));
    page->showRecord(code, version);
    if (auto *window = qobject_cast<MainWindow *>(this->window())) window->showModule(QStringLiteral("masterdata"));
}

void MasterDataPage::search(const QString &text, std::function<void(const QList<SearchHit> &)> done)
{
    const QString needle = text.trimmed();
    QList<QJsonObject> entities;
    for (const QJsonObject &e : m_dictionary.entities())
        if (DataDictionary::isPlain(e) || DataDictionary::isVersioned(e)) entities.append(e);
    if (needle.isEmpty() || entities.isEmpty() || !m_client) {
        done({});
        return;
    }
    // Every entity is asked at once; the answer goes back when the last one is in. A code typed or
    // scanned exactly wins over records that only contain the text.
    struct Search
    {
        int pending = 0;
        QList<SearchHit> exact;
        QList<SearchHit> partial;
        std::function<void(const QList<SearchHit> &)> done;
    };
    auto state = std::make_shared<Search>();
    state->pending = int(entities.size());
    state->done = std::move(done);
    QPointer<MasterDataPage> self(this);
    for (const QJsonObject &e : entities) {
        const QString name = DataDictionary::name(e);
        const QString label = DataDictionary::label(e);
        m_client->call(DataDictionary::method(e, "list"), {{QStringLiteral("search"), needle}, {QStringLiteral("limit"), kSearchLimit}},
                       this, [state, self, name, label, needle](const QJsonObject &r, const RpcError &) {
                           for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray()) {
                               const QJsonObject rec = v.toObject();
                               const QString code = rec.value(QStringLiteral("code")).toString();
                               const QString recordName = rec.value(QStringLiteral("name")).toString();
                               SearchHit hit{recordName.isEmpty() ? tr("%1 %2").arg(label, code)
                                                                  : tr("%1 %2 (%3)").arg(label, code, recordName),
                                             [self, name, code] {
                                                 if (self) self->showRecord(name, code);
                                             }};
                               (code.compare(needle, Qt::CaseInsensitive) == 0 ? state->exact : state->partial).append(hit);
                           }
                           if (--state->pending > 0) return;
                           state->done(!state->exact.isEmpty() ? state->exact : state->partial.mid(0, kSearchLimit));
                       });
    }
}

QList<ScreenshotProvider::Shot> MasterDataPage::screenshots()
{
    QList<Shot> shots;
    if (!isLoaded()) return shots;
    QPointer<MasterDataPage> self(this);
    // Made now, so that their lists are there when their turn comes.
    entityPage(QStringLiteral("material"));
    entityPage(QStringLiteral("supplier"));
    // Every other entity once, with its first record open (the issue asks for a screen per entity).
    static const QStringList others{QStringLiteral("uom"), QStringLiteral("bom"), QStringLiteral("routing"), QStringLiteral("equipment"),
                                    QStringLiteral("person"), QStringLiteral("training_record"), QStringLiteral("customer"),
                                    QStringLiteral("shipTo"), QStringLiteral("location")};
    for (const QString &entity : others)
        entityPage(entity);
    // The record to show: the first one `prefer` likes, else the first one.
    const auto pick = [self](const QString &entity, const QString &tab,
                             std::function<bool(const QJsonObject &)> prefer) -> QWidget * {
        if (!self || !self->showEntity(entity)) return self ? self->window() : nullptr;
        EntityPage *page = self->entityPage(entity);
        const EntityListModel *model = page->model();
        QString code;
        for (int row = 0; row < model->rowCount() && code.isEmpty(); ++row)
            if (!prefer || prefer(model->record(row))) code = model->record(row).value(QStringLiteral("code")).toString();
        if (code.isEmpty() && model->rowCount() > 0) code = model->record(0).value(QStringLiteral("code")).toString();
        if (!code.isEmpty()) page->showRecord(code);
        page->showTab(tab);
        return self->window();
    };
    const auto back = [self] {
        if (self) self->showEntity(QStringLiteral("material"));
    };
    const auto finished = [](const QJsonObject &r) { return r.value(QStringLiteral("type")).toString() == QLatin1String("finished"); };
    const auto component = [](const QJsonObject &r) {
        const QString type = r.value(QStringLiteral("type")).toString();
        return type == QLatin1String("raw") || type == QLatin1String("purchased");
    };
    const auto versions = [](const QJsonObject &r) { return r.value(QStringLiteral("latestVersion")).toInt() >= 2; };
    shots.append({QStringLiteral("material"), [pick, finished] { return pick(QStringLiteral("material"), QStringLiteral("record"), finished); }, back});
    if (m_client && m_client->hasPermission(QStringLiteral("material.edit")))
        shots.append({QStringLiteral("material-new"),
                      [self]() -> QWidget * {
                          if (!self || !self->showEntity(QStringLiteral("material"))) return nullptr;
                          self->entityPage(QStringLiteral("material"))->startNew();
                          return self->window();
                      },
                      back});
    shots.append({QStringLiteral("supplier"), [pick] { return pick(QStringLiteral("supplier"), QStringLiteral("record"), {}); }, back});
    if (m_client && m_client->hasPermission(QStringLiteral("supplier.edit"))) {
        // A new supplier whose code breaks the coding rule: how a refusal reads on the form.
        const auto cancel = [self] {
            if (!self) return;
            self->entityPage(QStringLiteral("supplier"))->recordPanel()->revert();
            self->showEntity(QStringLiteral("material"));
        };
        shots.append({QStringLiteral("supplier-refused"),
                      [self]() -> QWidget * {
                          if (!self || !self->showEntity(QStringLiteral("supplier"))) return nullptr;
                          EntityPage *page = self->entityPage(QStringLiteral("supplier"));
                          page->startNew();
                          if (auto *form = qobject_cast<EntityForm *>(page->recordPanel()->editor())) {
                              const auto set = [form](const char *field, const QString &value) {
                                  if (FieldEditor *f = form->fieldEditor(QLatin1String(field))) f->setValue(value);
                              };
                              set("code", QStringLiteral("Resin supplier 2"));
                              set("name", QStringLiteral("Jiangsu Huaxin Polymer Co., Ltd."));
                              set("approvalStatus", QStringLiteral("pending"));
                          }
                          page->recordPanel()->save();
                          return self->window();
                      },
                      cancel});
    }
    shots.append({QStringLiteral("history"), [pick, versions] { return pick(QStringLiteral("material"), QStringLiteral("history"), versions); },
                  back});
    shots.append({QStringLiteral("whereused"),
                  [pick, component] { return pick(QStringLiteral("material"), QStringLiteral("whereUsed"), component); }, back});
    for (const QString &entity : others)
        shots.append({QStringLiteral("entity-") + entity, [pick, entity] { return pick(entity, QStringLiteral("record"), {}); }, back});
    return shots;
}

} // namespace concord::ui
