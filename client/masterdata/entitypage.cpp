#include "masterdata/entitypage.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "masterdata/entitylistmodel.h"
#include "masterdata/recordpanel.h"
#include "masterdata/versionhistorypanel.h"
#include "masterdata/whereusedpanel.h"
#include "shell/errortext.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

EntityPage::EntityPage(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary, QWidget *parent)
    : QWidget(parent), m_client(client), m_entity(entity)
{
    setObjectName(QStringLiteral("entityPage_") + entityName());
    const bool versioned = DataDictionary::isVersioned(entity);
    const QString label = DataDictionary::label(entity);

    m_model = new EntityListModel(client, entity, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(EntityListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_filter->setPlaceholderText(tr("Filter by code, name or any column …"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    auto *asOfBar = new QHBoxLayout;
    if (versioned) {
        m_asOfEnabled = new QCheckBox(tr("As &of"), this);
        m_asOfEnabled->setObjectName(QStringLiteral("asOfEnabled"));
        m_asOfEnabled->setToolTip(tr("Show the versions that were in force at a past moment."));
        m_asOf = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        m_asOf->setObjectName(QStringLiteral("asOf"));
        m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_asOf->setCalendarPopup(true);
        m_asOf->setEnabled(false);
        m_asOf->setToolTip(tr("Local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()));
        const auto apply = [this] { setAsOf(m_asOfEnabled->isChecked() ? m_asOf->dateTime() : QDateTime()); };
        connect(m_asOfEnabled, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
        connect(m_asOfEnabled, &QCheckBox::toggled, this, apply);
        connect(m_asOf, &QDateTimeEdit::editingFinished, this, [this, apply] {
            if (m_asOfEnabled->isChecked()) apply();
        });
        asOfBar->addWidget(m_asOfEnabled);
        asOfBar->addWidget(m_asOf);
        auto *zone = new QLabel(QDateTime::currentDateTime().timeZoneAbbreviation(), this);
        asOfBar->addWidget(zone);
        asOfBar->addStretch(1);
    }
    const QString permission = entity.value(QStringLiteral("editPermission")).toString();
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setToolTip(tr("Create a new record: %1").arg(label));
    m_new->setVisible(client && !permission.isEmpty() && client->hasPermission(permission));
    connect(m_new, &QPushButton::clicked, this, &EntityPage::startNew);
    bar->addWidget(m_new);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EntityPage::onSelectionChanged);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_status = makeErrorLabel(this);

    m_record = new RecordPanel(client, entity, dictionary, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_record, tr("Record"));
    if (versioned) {
        m_history = new VersionHistoryPanel(client, entity, dictionary, this);
        m_tabs->addTab(m_history, tr("History"));
        connect(m_history, &VersionHistoryPanel::openVersion, this, [this](const QString &code, int version) {
            m_record->showRecord(code, version);
            m_tabs->setCurrentWidget(m_record);
        });
    }
    if (WhereUsedPanel::supports(entityName())) {
        m_whereUsed = new WhereUsedPanel(client, entityName(), this);
        m_tabs->addTab(m_whereUsed, tr("Where used"));
        connect(m_whereUsed, &WhereUsedPanel::openRecord, this, &EntityPage::openRecord);
    }

    connect(m_model, &EntityListModel::loaded, this, [this] {
        m_status->hide();
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c) // long names must not push every other column away
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
        if (!m_pendingCode.isEmpty()) showRecord(std::exchange(m_pendingCode, {}), std::exchange(m_pendingVersion, 0));
        updateCount();
    });
    connect(m_model, &EntityListModel::loadFailed, this, [this](const RpcError &e) {
        m_status->setText(errorText(e));
        m_status->show();
    });
    connect(m_model, &EntityListModel::rowsInserted, this, &EntityPage::updateCount);
    connect(m_model, &EntityListModel::rowsRemoved, this, &EntityPage::updateCount);
    connect(m_model, &EntityListModel::recordChanged, this, [this](const QString &code) {
        // Someone (perhaps this user) changed the record on show: bring its panels up to date.
        if (code != m_record->code()) return;
        m_record->refresh();
        if (m_history && m_history->code() == code) m_history->setCode(code);
        if (m_whereUsed) m_whereUsed->setCode(code);
    });
    connect(m_record, &RecordPanel::saved, this, [this](const QJsonObject &record) {
        const QString code = record.value(QStringLiteral("code")).toString();
        if (m_model->asOf().isValid())
            m_model->refetch(code);
        else
            m_model->upsert(record);
        m_selecting = true; // the panel shows the answer already
        const int row = m_model->rowOfCode(code);
        if (row >= 0) m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        m_selecting = false;
        if (m_history) m_history->setCode(code);
        if (m_whereUsed) m_whereUsed->setCode(code);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    if (versioned)
        leftLayout->addLayout(asOfBar);
    else
        delete asOfBar;
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("entitySplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // half and half until the user moves the handle
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    updateCount();
}

QString EntityPage::entityName() const
{
    return DataDictionary::name(m_entity);
}

void EntityPage::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_model->isLoaded())
        m_count->setText(tr("Loading …"));
    else if (shown == all)
        m_count->setText(tr("%n record(s)", nullptr, all));
    else
        m_count->setText(tr("%1 of %n record(s) shown", nullptr, all).arg(shown));
}

void EntityPage::onSelectionChanged()
{
    if (m_selecting) return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) return;
    const QString code = current.data(EntityListModel::CodeRole).toString();
    if (!m_record->isDirty() || code == m_record->code()) {
        showDetails(code, 0);
        return;
    }
    // Unsaved changes: ask before they are thrown away; keeping them selects their record again.
    if (m_discardQuestion) m_discardQuestion->close();
    const QString editing = m_record->code();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                editing.isEmpty() ? tr("Discard the new record you have not saved?")
                                                  : tr("Discard your unsaved changes to %1?").arg(editing),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChangesButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    connect(discard, &QPushButton::clicked, this, [this, code] { showDetails(code, 0); });
    connect(keep, &QPushButton::clicked, this, [this, editing] {
        const int row = m_model->rowOfCode(editing);
        m_selecting = true;
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        else
            m_view->setCurrentIndex({});
        m_selecting = false;
    });
    m_discardQuestion = box;
    box->open();
}

void EntityPage::showDetails(const QString &code, int version)
{
    m_record->showRecord(code, version);
    if (m_history) m_history->setCode(code);
    if (m_whereUsed) m_whereUsed->setCode(code);
}

void EntityPage::showRecord(const QString &code, int version)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0 && !m_model->isLoaded()) {
        m_pendingCode = code;
        m_pendingVersion = version;
        return;
    }
    if (row >= 0) {
        m_filter->clear();
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_selecting = true;
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_selecting = false;
    }
    showDetails(code, version);
}

void EntityPage::startNew()
{
    m_selecting = true;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_selecting = false;
    m_tabs->setCurrentWidget(m_record);
    m_record->startNew();
    if (m_history) m_history->setCode({});
    if (m_whereUsed) m_whereUsed->setCode({});
}

void EntityPage::setAsOf(const QDateTime &asOf)
{
    if (!m_asOfEnabled) return;
    if (asOf.isValid() != m_asOfEnabled->isChecked()) {
        const QSignalBlocker block(m_asOfEnabled);
        m_asOfEnabled->setChecked(asOf.isValid());
        m_asOf->setEnabled(asOf.isValid());
    }
    if (asOf.isValid()) m_asOf->setDateTime(asOf.toLocalTime());
    m_model->setAsOf(asOf);
    m_record->setAsOf(asOf);
    if (m_whereUsed) m_whereUsed->setAsOf(asOf);
    if (!m_record->code().isEmpty()) {
        m_pendingCode = m_record->code(); // shown again once the list as of then is there
        m_pendingVersion = 0;
    }
}

void EntityPage::showTab(const QString &tab)
{
    if (tab == QLatin1String("history") && m_history)
        m_tabs->setCurrentWidget(m_history);
    else if (tab == QLatin1String("whereUsed") && m_whereUsed)
        m_tabs->setCurrentWidget(m_whereUsed);
    else
        m_tabs->setCurrentWidget(m_record);
}

} // namespace concord::ui
