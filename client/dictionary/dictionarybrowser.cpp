#include "dictionary/dictionarybrowser.h"

#include "core/rpcclient.h"
#include "core/timetext.h"
#include "dictionary/dictionaryentitymodel.h"
#include "dictionary/dictionaryfieldmodel.h"
#include "dictionary/dictionaryfilter.h"
#include "shell/errortext.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
QTableView *makeView(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->setModel(model);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    v->setAlternatingRowColors(true);
    return v;
}
} // namespace

DictionaryBrowser::DictionaryBrowser(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("dictionaryBrowser"));
    m_entities = new DictionaryEntityModel(this);
    m_filter = new DictionaryFilter(this);
    m_filter->setSourceModel(m_entities);
    m_fields = new DictionaryFieldModel(this);
    m_fieldFilter = new QSortFilterProxyModel(this);
    m_fieldFilter->setSourceModel(m_fields);
    m_fieldFilter->setFilterKeyColumn(-1);
    m_fieldFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterBox = new QLineEdit(this);
    m_filterBox->setObjectName(QStringLiteral("dictionaryFilter"));
    m_filterBox->setPlaceholderText(tr("Filter entities and fields, e.g. “gtin”, “unit”, “MaterialDefinition” …"));
    m_filterBox->setClearButtonEnabled(true);
    connect(m_filterBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        if (!m_entityView->currentIndex().isValid() && m_filter->rowCount() > 0) m_entityView->selectRow(0);
        updateFieldFilter();
    });
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_export);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->addAction(tr("As &CSV (spreadsheet) …"), this, [this] { chooseExport(DictionaryExport::Format::Csv); });
    menu->addAction(tr("As &HTML …"), this, [this] { chooseExport(DictionaryExport::Format::Html); });
    menu->addAction(tr("As &PDF …"), this, [this] { chooseExport(DictionaryExport::Format::Pdf); });
    m_export->setMenu(menu);
    m_export->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterBox, 1);
    bar->addWidget(m_export);

    m_entityView = makeView(m_filter, "entityTable", this);
    m_entityView->sortByColumn(-1, Qt::AscendingOrder); // dictionary order until a header is clicked
    connect(m_entityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryBrowser::showEntity);
    m_entityTitle = new QLabel(this);
    m_entityTitle->setObjectName(QStringLiteral("entityDescription"));
    m_entityTitle->setWordWrap(true);
    m_fieldView = makeView(m_fieldFilter, "fieldTable", this);
    m_fieldView->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_fieldView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryBrowser::showField);
    m_fieldDetail = new QLabel(this);
    m_fieldDetail->setObjectName(QStringLiteral("fieldDetail"));
    m_fieldDetail->setWordWrap(true);
    m_fieldDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(tr("Loading the data dictionary …"), this);
    m_status->setObjectName(QStringLiteral("dictionaryStatus"));
    m_status->setWordWrap(true);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_entityTitle);
    bottomLayout->addWidget(m_fieldView, 1);
    bottomLayout->addWidget(m_fieldDetail);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entityView);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    if (client) {
        connect(client, &RpcClient::sessionReady, this, [this] {
            if (!isLoaded()) load();
        });
        if (client->sessionUsable()) load();
    }
}

void DictionaryBrowser::load()
{
    if (!m_client || m_loading) return;
    m_loading = true;
    m_client->call(QStringLiteral("dictionary.get"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        m_loading = false;
        if (!e.isNull()) {
            m_status->setText(errorText(e));
            return;
        }
        m_dictionary = DataDictionary(r);
        m_entities->setDictionary(m_dictionary);
        m_entityView->resizeColumnsToContents();
        m_export->setEnabled(true);
        m_status->setText(tr("%1 entities with %n field(s) in all.", nullptr, m_dictionary.fieldCount())
                              .arg(m_dictionary.entities().size()));
        if (m_filter->rowCount() > 0) m_entityView->selectRow(0);
        Q_EMIT loaded();
    });
}

bool DictionaryBrowser::selectEntity(const QString &name)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (DataDictionary::name(index.data(DictionaryEntityModel::EntityRole).toJsonObject()) != name) continue;
        m_entityView->selectRow(row);
        m_entityView->scrollTo(index);
        return true;
    }
    return false;
}

void DictionaryBrowser::showEntity()
{
    const QJsonObject entity = m_entityView->currentIndex().data(DictionaryEntityModel::EntityRole).toJsonObject();
    m_fields->setEntity(entity);
    if (entity.isEmpty()) {
        m_entityTitle->clear();
    } else {
        const QString parent = entity.value(QStringLiteral("parent")).toString();
        QString title = tr("<b>%1</b> (%2) — %3").arg(DataDictionary::label(entity).toHtmlEscaped(), DataDictionary::name(entity),
                                                      DataDictionary::description(entity).toHtmlEscaped());
        if (!parent.isEmpty())
            title += QLatin1Char(' ') + tr("Rows of: %1.").arg(DataDictionary::entityLabel(parent).toHtmlEscaped());
        m_entityTitle->setText(title);
    }
    updateFieldFilter();
    m_fieldView->resizeColumnsToContents();
    for (int c = 0; c < m_fields->columnCount() - 1; ++c) // long allowed-value lists must not hide the rest
        m_fieldView->setColumnWidth(c, std::min(m_fieldView->columnWidth(c), 180));
    if (m_fieldFilter->rowCount() > 0) m_fieldView->selectRow(0);
    showField();
}

void DictionaryBrowser::showField()
{
    const QJsonObject field = m_fieldView->currentIndex().data(DictionaryFieldModel::FieldRole).toJsonObject();
    if (field.isEmpty()) {
        m_fieldDetail->clear();
        return;
    }
    const QStringList cells = DictionaryFieldModel::cells(field);
    QString text = tr("<b>%1</b> (%2): %3").arg(cells.at(DictionaryFieldModel::LabelColumn).toHtmlEscaped(),
                                                 cells.at(DictionaryFieldModel::NameColumn).toHtmlEscaped(),
                                                 cells.at(DictionaryFieldModel::DescriptionColumn).toHtmlEscaped());
    if (!cells.at(DictionaryFieldModel::AllowedColumn).isEmpty())
        text += QStringLiteral("<br>") +
                tr("Allowed values: %1").arg(cells.at(DictionaryFieldModel::AllowedColumn).toHtmlEscaped());
    m_fieldDetail->setText(text);
}

void DictionaryBrowser::updateFieldFilter()
{
    // An entity found by its own name shows all its fields; one found by a field shows the matches.
    const QString text = m_filter->text();
    const QStringList own = DictionaryEntityModel::cells(m_fields->entity());
    bool entityMatches = text.isEmpty();
    for (const QString &cell : own)
        entityMatches = entityMatches || cell.contains(text, Qt::CaseInsensitive);
    m_fieldFilter->setFilterFixedString(entityMatches ? QString() : text);
}

void DictionaryBrowser::chooseExport(DictionaryExport::Format format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = dir + QStringLiteral("/concord-data-dictionary");
    QString path;
    if (format == DictionaryExport::Format::Csv)
        path = QFileDialog::getSaveFileName(this, tr("Export the data dictionary"), stem + QStringLiteral(".csv"),
                                            tr("CSV files (*.csv)"));
    else if (format == DictionaryExport::Format::Html)
        path = QFileDialog::getSaveFileName(this, tr("Export the data dictionary"), stem + QStringLiteral(".html"),
                                            tr("HTML files (*.html *.htm)"));
    else
        path = QFileDialog::getSaveFileName(this, tr("Export the data dictionary"), stem + QStringLiteral(".pdf"),
                                            tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) exportTo(format, path);
}

DictionaryExport *DictionaryBrowser::exportTo(DictionaryExport::Format format, const QString &path)
{
    if (!isLoaded() || m_running) return nullptr;
    const QJsonObject user = m_client ? m_client->user() : QJsonObject();
    const QDateTime now = m_client ? m_client->serverTime() : QDateTime::currentDateTimeUtc();
    dictionaryreport::Header header;
    header.title = tr("Concord data dictionary");
    header.generatedAt = tr("%1 (UTC %2)").arg(timetext::local(now), now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString fullName = user.value(QStringLiteral("fullName")).toString();
    const QString username = user.value(QStringLiteral("username")).toString();
    header.generatedBy = fullName.isEmpty() ? username : tr("%1 (%2)").arg(fullName, username);
    auto *job = new DictionaryExport(m_dictionary, header, format, path, this);
    m_running = job;
    m_export->setEnabled(false);
    connect(job, &DictionaryExport::finished, this, [this, job](bool ok, const QString &message) {
        m_status->setText(message);
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
        m_export->setEnabled(true);
        job->deleteLater();
        Q_EMIT exportFinished(ok, message);
    });
    job->start();
    return job;
}

QList<ScreenshotProvider::Shot> DictionaryBrowser::screenshots()
{
    QPointer<DictionaryBrowser> self(this);
    return {{QStringLiteral("material"),
             [self]() -> QWidget * {
                 if (!self) return nullptr;
                 self->selectEntity(QStringLiteral("material"));
                 return self->window();
             },
             [self] {
                 if (self && self->m_filter->rowCount() > 0) self->m_entityView->selectRow(0);
             }}};
}

} // namespace concord::ui
