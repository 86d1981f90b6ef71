#include "audit/auditdetails.h"

#include "core/auditmodel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <cmath>

namespace concord::ui {

namespace {
QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse); // hashes and IDs get copied into reports
    l->setWordWrap(true);
    return l;
}
} // namespace

AuditDetails::AuditDetails(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditDetails"));
    m_title = valueLabel("detailsTitle", this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_when = valueLabel("detailsTime", this);
    m_who = valueLabel("detailsUser", this);
    m_reason = valueLabel("detailsReason", this);
    m_peer = valueLabel("detailsPeer", this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_hash = valueLabel("detailsHash", this);
    m_hash->setFont(mono);
    m_prevHash = valueLabel("detailsPrevHash", this);
    m_prevHash->setFont(mono);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Time:"), m_when);
    form->addRow(tr("User:"), m_who);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Client address:"), m_peer);
    form->addRow(tr("Hash:"), m_hash);
    form->addRow(tr("Previous hash:"), m_prevHash);

    m_changes = new QTableWidget(0, 3, this);
    m_changes->setObjectName(QStringLiteral("detailsChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Old value"), tr("New value")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->setWordWrap(true);
    m_changes->setTextElideMode(Qt::ElideNone); // a wrapped value is shown whole, never cut to "…"
    connect(m_changes->horizontalHeader(), &QHeaderView::sectionResized, this, &AuditDetails::fitRows);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addLayout(form);
    left->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_changes, 3);
    setRow({});
}

void AuditDetails::setRow(const QJsonObject &row)
{
    m_row = row;
    m_changes->setRowCount(0);
    if (row.isEmpty()) {
        m_title->setText(tr("Select an entry to see its details."));
        for (QLabel *l : {m_when, m_who, m_reason, m_peer, m_hash, m_prevHash})
            l->clear();
        return;
    }
    const auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    m_title->setText(tr("Entry #%1: %2 of %3")
                         .arg(row.value(QStringLiteral("seq")).toInteger())
                         .arg(text("action"), AuditModel::recordText(row)));
    m_when->setText(tr("%1 (stored as %2)")
                        .arg(AuditModel::localTimeText(AuditModel::parseTime(text("at")), true), text("at")));
    m_who->setText(
        tr("%1 (user ID %2)").arg(text("username")).arg(row.value(QStringLiteral("userId")).toInteger()));
    m_reason->setText(text("reason").isEmpty() ? tr("(none given)") : text("reason"));
    m_peer->setText(text("peer"));
    m_hash->setText(text("hash"));
    m_prevHash->setText(text("prevHash"));

    const QJsonObject changes = row.value(QStringLiteral("changes")).toObject();
    m_changes->setRowCount(int(changes.size()));
    int r = 0;
    for (auto it = changes.begin(); it != changes.end(); ++it, ++r) {
        const QJsonArray pair = it.value().toArray();
        const QJsonValue oldValue = pair.size() == 2 ? pair.at(0) : QJsonValue();
        const QJsonValue newValue = pair.size() == 2 ? pair.at(1) : it.value();
        m_changes->setItem(r, 0, new QTableWidgetItem(it.key()));
        m_changes->setItem(r, 1, new QTableWidgetItem(AuditModel::valueText(oldValue)));
        m_changes->setItem(r, 2, new QTableWidgetItem(AuditModel::valueText(newValue)));
        for (int c = 1; c <= 2; ++c)
            m_changes->item(r, c)->setToolTip(m_changes->item(r, c)->text());
    }
    fitRows();
}

void AuditDetails::fitRows()
{
    // Each row as tall as its longest value wrapped at the column's width. Measured with a text
    // document, which knows the fallback fonts: the item views' own size hints use the widget's
    // font only and cut off the second line of Chinese text.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_changes) + 1);
    QTextDocument doc;
    doc.setDefaultFont(m_changes->font());
    doc.setDocumentMargin(0);
    for (int r = 0; r < m_changes->rowCount(); ++r) {
        int height = m_changes->fontMetrics().height() + margin;
        for (int c = 0; c < m_changes->columnCount(); ++c) {
            const QTableWidgetItem *item = m_changes->item(r, c);
            if (!item) continue;
            doc.setTextWidth(std::max(10, m_changes->columnWidth(c) - margin));
            doc.setPlainText(item->text());
            height = std::max(height, int(std::ceil(doc.size().height())) + margin);
        }
        m_changes->setRowHeight(r, height);
    }
}

} // namespace concord::ui
