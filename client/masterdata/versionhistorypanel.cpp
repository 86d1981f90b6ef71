#include "masterdata/versionhistorypanel.h"

#include "core/rpcclient.h"
#include "core/timetext.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
enum VersionColumn { VersionCol, StatusCol, OrderCol, FromCol, ToCol, ChangedByCol, ChangedAtCol, VersionColumns };

QTableWidget *makeTable(int columns, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QString::fromLatin1(name));
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}
} // namespace

VersionHistoryPanel::VersionHistoryPanel(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary,
                                         QWidget *parent)
    : QWidget(parent), m_client(client), m_entity(entity), m_dictionary(dictionary)
{
    setObjectName(QStringLiteral("versionHistory"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);
    m_versions = makeTable(VersionColumns, "versionTable", this);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Status"), tr("Change order"), tr("Effective from"),
                                           tr("Effective to"), tr("Changed by"), tr("Changed at")});
    connect(m_versions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *v = m_versions->item(row, VersionCol);
        if (v) Q_EMIT openVersion(m_code, v->data(Qt::UserRole).toInt());
    });

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compare = new QPushButton(tr("Co&mpare"), this);
    m_compare->setObjectName(QStringLiteral("compare"));
    connect(m_compare, &QPushButton::clicked, this,
            [this] { compare(m_from->currentData().toInt(), m_to->currentData().toInt()); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Version"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("against"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_compare);
    bar->addStretch(1);

    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diffTitle->setWordWrap(true);
    m_diff = makeTable(3, "diffTable", this);
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Version"), tr("Version")});
    m_diff->setWordWrap(true);
    m_diff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // side by side, equal widths
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_error = makeErrorLabel(this);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_versions);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(bar);
    bottomLayout->addWidget(m_diffTitle);
    bottomLayout->addWidget(m_diff);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    setCode({});
}

void VersionHistoryPanel::setCode(const QString &code)
{
    m_code = code;
    m_loaded = false;
    m_diffLoaded = false;
    const quint64 generation = ++m_generation;
    ++m_diffGeneration;
    m_error->hide();
    if (code.isEmpty() || !m_client) {
        m_versions->setRowCount(0);
        m_diff->setRowCount(0);
        m_from->clear();
        m_to->clear();
        m_title->setText(tr("Choose a record to see its versions."));
        m_diffTitle->clear();
        m_compare->setEnabled(false);
        return;
    }
    m_title->setText(tr("Versions of %1 %2").arg(DataDictionary::label(m_entity), code));
    m_client->call(DataDictionary::method(m_entity, "history"), {{QStringLiteral("code"), code}}, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return;
                       if (!e.isNull()) {
                           m_versions->setRowCount(0);
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       showHistory(r.value(QStringLiteral("versions")).toArray());
                   });
}

void VersionHistoryPanel::showHistory(const QJsonArray &versions)
{
    m_versions->setRowCount(0);
    m_from->clear();
    m_to->clear();
    for (const QJsonValue &value : versions) {
        const QJsonObject v = value.toObject();
        const int n = v.value(QStringLiteral("version")).toInt();
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        auto *versionItem = item(QString::number(n));
        versionItem->setData(Qt::UserRole, n);
        versionItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_versions->setItem(row, VersionCol, versionItem);
        m_versions->setItem(row, StatusCol, item(DataDictionary::valueLabel(v.value(QStringLiteral("status")).toString())));
        m_versions->setItem(row, FromCol, item(timetext::localFromServer(v.value(QStringLiteral("effectiveFrom")).toString())));
        m_versions->setItem(row, ToCol, item(timetext::localFromServer(v.value(QStringLiteral("effectiveTo")).toString())));
        m_versions->setItem(row, OrderCol, item(v.value(QStringLiteral("changeOrderNumber")).toString()));
        m_versions->setItem(row, ChangedByCol, item(v.value(QStringLiteral("updatedBy")).toString()));
        m_versions->setItem(row, ChangedAtCol, item(timetext::localFromServer(v.value(QStringLiteral("updatedAt")).toString())));
        const QString label = tr("%1 (%2)").arg(n).arg(DataDictionary::valueLabel(v.value(QStringLiteral("status")).toString()));
        m_from->addItem(label, n);
        m_to->addItem(label, n);
    }
    m_versions->resizeColumnsToContents();
    m_loaded = true;
    const int count = m_from->count();
    m_compare->setEnabled(count >= 2);
    Q_EMIT loaded();
    if (count >= 2) {
        // The newest two: what the latest change did.
        m_from->setCurrentIndex(count - 2);
        m_to->setCurrentIndex(count - 1);
        compare(m_from->currentData().toInt(), m_to->currentData().toInt());
    } else {
        m_diff->setRowCount(0);
        m_diffTitle->setText(tr("There is only one version, so there is nothing to compare yet."));
    }
}

void VersionHistoryPanel::compare(int from, int to)
{
    if (!m_client || m_code.isEmpty() || from <= 0 || to <= 0) return;
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    m_diffLoaded = false;
    const quint64 generation = ++m_diffGeneration;
    m_client->call(DataDictionary::method(m_entity, "diff"),
                   {{QStringLiteral("code"), m_code}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}}, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_diffGeneration) return;
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       showDiff(r);
                   });
}

void VersionHistoryPanel::showDiff(const QJsonObject &answer)
{
    const QJsonObject from = answer.value(QStringLiteral("from")).toObject();
    const QJsonObject to = answer.value(QStringLiteral("to")).toObject();
    const int a = from.value(QStringLiteral("version")).toInt();
    const int b = to.value(QStringLiteral("version")).toInt();
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Version %1").arg(a), tr("Version %1").arg(b)});
    const QJsonObject changes = answer.value(QStringLiteral("changes")).toObject();
    m_diff->setRowCount(0);
    // Fields in dictionary order first, then the rows of BOMs and routings in key order.
    QStringList keys;
    for (const QJsonObject &f : DataDictionary::fields(m_entity))
        if (changes.contains(f.value(QStringLiteral("name")).toString())) keys.append(f.value(QStringLiteral("name")).toString());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (!keys.contains(it.key())) keys.append(it.key());
    for (const QString &key : keys) {
        const QJsonArray pair = changes.value(key).toArray();
        const QJsonObject field = m_dictionary.fieldAtPath(m_entity, key);
        const auto show = [&](const QJsonValue &v, const QJsonObject &record) {
            if (field.isEmpty() || v.isObject()) return DataDictionary::plainText(v);
            return DataDictionary::valueText(field, v, record);
        };
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        auto *name = item(m_dictionary.pathLabel(m_entity, key));
        name->setData(Qt::UserRole, key);
        name->setToolTip(key);
        m_diff->setItem(row, 0, name);
        m_diff->setItem(row, 1, item(show(pair.at(0), from)));
        m_diff->setItem(row, 2, item(show(pair.at(1), to)));
    }
    m_diffTitle->setText(keys.isEmpty() ? tr("Versions %1 and %2 have the same content.").arg(a).arg(b)
                                        : tr("%n difference(s) between version %1 and version %2.", nullptr, int(keys.size()))
                                              .arg(a)
                                              .arg(b));
    m_diff->resizeRowsToContents();
    m_diffLoaded = true;
    Q_EMIT diffLoaded();
}

} // namespace concord::ui
